package io.vscreen.reports.html;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.openscience.cdk.depict.Depiction;
import org.openscience.cdk.depict.DepictionGenerator;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.interfaces.IChemObject;
import org.openscience.cdk.renderer.SymbolVisibility;
import org.openscience.cdk.renderer.generators.standard.StandardGenerator;

/**
 * 2D depictions for the report as inline SVG, with CDK's {@link DepictionGenerator}: the
 * structure with structural-alert atoms highlighted, and the structure coloured by per-atom
 * attribution (green raises the score, red lowers it, stronger colour = larger share). Not
 * thread-safe.
 */
final class Depictor {

    static final Color ALERT = new Color(0xF2A541);
    static final Color RAISES = new Color(0x2E9E4F);
    static final Color LOWERS = new Color(0xD1495B);

    /** Coordinates beyond two decimals (0.01 px) only add bytes. */
    private static final java.util.regex.Pattern LONG_DECIMALS = java.util.regex.Pattern.compile("(\\d\\.\\d\\d)\\d+");

    private final DepictionGenerator generator;

    Depictor(int width, int height) {
        this.generator = new DepictionGenerator().withSize(width, height).withMargin(14)
                .withFillToFit();
    }

    /** The structure with the given atoms (and the bonds between them) highlighted. */
    String structure(IAtomContainer mol, Set<Integer> alertAtoms) throws CDKException {
        List<IChemObject> highlight = new ArrayList<>();
        for (int i : alertAtoms) {
            if (i >= 0 && i < mol.getAtomCount()) {
                highlight.add(mol.getAtom(i));
            }
        }
        for (IBond b : mol.bonds()) {
            if (alertAtoms.contains(b.getBegin().getIndex()) && alertAtoms.contains(b.getEnd().getIndex())) {
                highlight.add(b);
            }
        }
        DepictionGenerator g = highlight.isEmpty() ? generator
                : generator.withHighlight(highlight, ALERT).withOuterGlowHighlight(5);
        return inline(g.depict(mol));
    }

    /** The structure with each atom glowing in proportion to its weight. */
    String attribution(IAtomContainer mol, double[] weights) throws CDKException {
        double max = 0;
        for (double w : weights) {
            max = Math.max(max, Math.abs(w));
        }
        // atoms glow one by one: keep the usual symbol visibility (the default shows the symbol of
        // every highlighted atom whose bonds are not highlighted)
        DepictionGenerator g = generator.withOuterGlowHighlight(7)
                .withParam(StandardGenerator.Visibility.class, SymbolVisibility.iupacRecommendationsWithoutTerminalCarbon());
        if (max > 0) {
            for (int i = 0; i < weights.length; i++) {
                double t = Math.abs(weights[i]) / max;
                if (t < 0.08) {
                    continue;
                }
                Color c = blend(Color.WHITE, weights[i] > 0 ? RAISES : LOWERS, (float) (0.25 + 0.75 * t));
                g = g.withHighlight(List.of(mol.getAtom(i)), c);
            }
        }
        return inline(g.depict(mol));
    }

    /** The SVG element alone (no XML declaration or doctype), for inlining in HTML. */
    private static String inline(Depiction d) {
        String svg = d.toSvgStr(Depiction.UNITS_PX);
        int start = svg.indexOf("<svg");
        String element = start > 0 ? svg.substring(start) : svg;
        return LONG_DECIMALS.matcher(element).replaceAll("$1");
    }

    private static Color blend(Color a, Color b, float t) {
        return new Color(Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
                Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
    }
}
