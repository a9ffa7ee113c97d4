package io.vscreen.chem;

/** Rewrites CDK's SMILES parser messages into short reasons that name the problem. */
final class SmilesErrors {
    private SmilesErrors() {
    }

    static String explain(String smiles, String cdkMessage) {
        String msg = cdkMessage == null ? "" : cdkMessage;
        if (msg.contains("Unclosed ring")) {
            int ring = firstUnclosedRing(smiles);
            return ring >= 0 ? "ring bond " + ring + " not closed" : "ring bond not closed";
        }
        if (msg.contains("kekul")) {
            return "aromatic system cannot be kekulized";
        }
        if (msg.contains("Unclosed branch")) {
            return "branch '(' not closed";
        }
        if (msg.contains("unopened branch")) {
            return "branch ')' closed but never opened";
        }
        // CDK: "could not parse 'X', <detail>:\nX\n  ^" -> keep the detail and the column
        String detail = msg;
        int comma = msg.indexOf("', ");
        if (comma >= 0) {
            detail = msg.substring(comma + 3);
        }
        int nl = detail.indexOf('\n');
        String head = (nl < 0 ? detail : detail.substring(0, nl)).replaceAll("[:\\s]+$", "");
        int caret = msg.lastIndexOf('^');
        int lineStart = msg.lastIndexOf('\n', caret);
        if (caret >= 0 && lineStart >= 0) {
            return "invalid SMILES: " + head + " at position " + (caret - lineStart);
        }
        return "invalid SMILES: " + head;
    }

    /** The first ring-closure number opened and never closed, scanning outside bracket atoms. */
    static int firstUnclosedRing(String smiles) {
        boolean[] open = new boolean[100];
        int[] order = new int[100];
        int seq = 0;
        boolean inBracket = false;
        for (int i = 0; i < smiles.length(); i++) {
            char c = smiles.charAt(i);
            if (c == '[') {
                inBracket = true;
            } else if (c == ']') {
                inBracket = false;
            } else if (!inBracket) {
                int ring = -1;
                if (Character.isDigit(c)) {
                    ring = c - '0';
                } else if (c == '%' && i + 2 < smiles.length()
                        && Character.isDigit(smiles.charAt(i + 1)) && Character.isDigit(smiles.charAt(i + 2))) {
                    ring = Integer.parseInt(smiles.substring(i + 1, i + 3));
                    i += 2;
                }
                if (ring >= 0) {
                    open[ring] = !open[ring];
                    order[ring] = ++seq;
                }
            }
        }
        int best = -1;
        for (int r = 0; r < open.length; r++) {
            if (open[r] && (best < 0 || order[r] < order[best])) {
                best = r;
            }
        }
        return best;
    }
}
