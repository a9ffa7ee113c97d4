"""Reference BEDROC and enrichment values for MetricsTest, from RDKit's rdkit.ML.Scoring.

Run with the system Python that has RDKit: /usr/bin/python3 metrics_reference.py
"""
from rdkit.ML.Scoring import Scoring


def ranked(n, active_ranks):
    # best first; score = n - position, label 1 at the given 1-based ranks
    return [[n - i, 1 if (i + 1) in active_ranks else 0] for i in range(n)]


print("20 compounds, actives at 1,3,8,15: BEDROC(20) =", Scoring.CalcBEDROC(ranked(20, {1, 3, 8, 15}), 1, 20.0))
s = ranked(100, {2, 5, 40, 90, 99})
print("100 compounds, actives at 2,5,40,90,99: BEDROC(20) =", Scoring.CalcBEDROC(s, 1, 20.0))
print("  EF1%, EF5% =", Scoring.CalcEnrichment(s, 1, [0.01, 0.05]))
