/**
 * The self-contained {@code report.html}: Mustache template, JFreeChart plots as inline SVG
 * (JFreeSVG), CDK depictions of the hits with alerts and atom-level explanations of the efficacy
 * score ({@link io.vscreen.reports.html.AtomAttribution}).
 */
package io.vscreen.reports.html;
