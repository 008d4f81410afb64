/**
 * How a Helm chart is read: copied by {@link dev.netlint.core.parse.helm.ChartCopy} (the chart's own regular files,
 * size-capped), rendered with Helm's own template engine in a separate, limited process
 * ({@link dev.netlint.core.parse.helm.HelmCharts}, {@link dev.netlint.core.parse.helm.HelmRenderWorker}) without any
 * cluster, its documents split by template, and findings in them put back on the template line or values key that
 * wrote them ({@code helm template} output on standard input is traced through its {@code # Source:} comments). Only
 * {@code HelmCharts} and {@code HelmRenderWorker} touch helm-java, and only when a run holds a {@code Chart.yaml}:
 * runs without charts never load it.
 */
package dev.netlint.core.parse.helm;
