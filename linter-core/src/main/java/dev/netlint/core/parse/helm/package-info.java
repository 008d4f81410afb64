/**
 * How a Helm chart is read: rendered in-process with Helm's own template engine, its documents split by template,
 * and findings in them put back on the template line or values key that wrote them ({@code helm template} output on
 * standard input is traced through its {@code # Source:} comments). Only {@link dev.netlint.core.parse.helm.HelmCharts}
 * touches helm-java, and only when a run holds a {@code Chart.yaml}: runs without charts never load it.
 */
package dev.netlint.core.parse.helm;
