/** Ranking, diversity selection and the outputs of a screen: ranked CSV, SDF, HTML, JSON. */
package io.vscreen.reports;
