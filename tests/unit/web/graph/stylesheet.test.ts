import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { toElements } from '../../../../web/src/graph/elements.ts';
import { graphFromApi } from '../../../../web/src/graph/model.ts';
import { categoryPalette } from '../../../../web/src/graph/palette.ts';
import { largeGraphElements } from '../../../../web/src/graph/renderer-options.ts';
import { buildStylesheet, edgeLabelsOnDemand } from '../../../../web/src/graph/stylesheet.ts';
import { sampleNodes, sampleRelations } from '../../../fixtures/graph-data.ts';

function headless(theme: 'light' | 'dark' = 'light', edgeLabelsOnDemand = false) {
  const elements = toElements(graphFromApi(sampleNodes, sampleRelations), {
    categoryColors: categoryPalette(['distributed-processing'], theme),
    neutralColor: '#888888',
  });
  return cytoscape({ headless: true, styleEnabled: true, elements, style: buildStylesheet(theme, { edgeLabelsOnDemand }) });
}

describe('buildStylesheet', () => {
  it('has a rule for every class the canvas toggles', () => {
    const selectors = buildStylesheet('light').map((block) => ('selector' in block ? block.selector : ''));
    for (const selector of [
      'node',
      'edge',
      'edge.directed',
      'edge.hover',
      'node.focus',
      '.dimmed',
      'node.path',
      'edge.path',
      'node.has-more',
      '.faded',
      'node.labelled',
      'edge.inspected',
      'node.pinned',
    ])
      expect(selectors).toContain(selector);
  });

  it('draws arrows on directed relations and none on ALTERNATIVE_TO, which is dashed', () => {
    const cy = headless();
    const runsOn = cy.getElementById('apache-spark|RUNS_ON|hadoop-yarn');
    const alternative = cy.getElementById('apache-spark|ALTERNATIVE_TO|apache-flink');
    expect(runsOn.style('target-arrow-shape')).toBe('triangle');
    expect(alternative.style('target-arrow-shape')).toBe('none');
    expect(alternative.style('line-style')).toBe('dashed');
    expect(runsOn.style('line-style')).toBe('solid');
  });

  it('hides edge labels until zoomed in, and shows them on hover', () => {
    const cy = headless();
    const edge = cy.getElementById('apache-spark|RUNS_ON|hadoop-yarn');
    expect(Number.parseFloat(edge.style('min-zoomed-font-size'))).toBeGreaterThan(8);
    edge.addClass('hover');
    expect(Number.parseFloat(edge.style('min-zoomed-font-size'))).toBe(0);
  });

  it('labels only hovered, neighbouring and path edges of a large drawing', () => {
    const edge = headless('light', true).getElementById('apache-spark|RUNS_ON|hadoop-yarn');
    expect(edge.style('label')).toBe('');
    for (const state of ['hover', 'neighbor', 'path']) {
      edge.addClass(state);
      expect(edge.style('label')).toBe(edge.data('label'));
      edge.removeClass(state);
    }
    expect(headless().getElementById('apache-spark|RUNS_ON|hadoop-yarn').style('label')).toBe(edge.data('label'));
    expect(edgeLabelsOnDemand(largeGraphElements)).toBe(false);
    expect(edgeLabelsOnDemand(largeGraphElements + 1)).toBe(true);
  });

  it('draws a hovered or inspected relation and its label above every node, on a plate of the background', () => {
    const cy = headless();
    const edge = cy.getElementById('apache-spark|RUNS_ON|hadoop-yarn');
    const nodeLevels = cy.nodes().map((n) => {
      n.addClass('focus path hover');
      const level = Number(n.style('z-index'));
      n.removeClass('focus path hover');
      return level;
    });
    for (const state of ['hover', 'inspected']) {
      edge.addClass(state);
      expect(edge.style('z-index-compare'), state).toBe('manual');
      expect(Number(edge.style('z-index')), state).toBeGreaterThan(Math.max(...nodeLevels));
      expect(Number(edge.style('text-background-opacity')), state).toBeGreaterThan(0.5);
      edge.removeClass(state);
    }
  });

  it('dims everything off the path and keeps the path bright', () => {
    const cy = headless();
    cy.getElementById('hdfs').addClass('dimmed');
    cy.getElementById('apache-spark').addClass('path');
    expect(Number(cy.getElementById('hdfs').style('opacity'))).toBeLessThan(0.3);
    expect(Number(cy.getElementById('apache-spark').style('opacity'))).toBe(1);
  });

  it('labels a node only where the label picker found room, at the size it chose', () => {
    const spark = headless().getElementById('apache-spark');
    expect(spark.style('label')).toBe('');
    spark.data('labelFont', 31).addClass('labelled');
    expect(spark.style('label')).toBe(spark.data('label'));
    expect(spark.style('font-size')).toBe('31px');
  });

  it('sizes nodes from their data', () => {
    const cy = headless('dark');
    const spark = cy.getElementById('apache-spark');
    expect(spark.style('width')).toBe(`${spark.data('size')}px`);
  });
});
