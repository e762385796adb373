import ApexCharts from 'apexcharts';

/**
 * <samspil-apex-chart>: takes the chart options as a JSON string in its `config` property
 * (set from Java) and draws them with ApexCharts. Light DOM, so ApexCharts' own CSS applies.
 * Sets data-rendered="true" once the chart is drawn in full.
 *
 * Printing (issue 13): a chart drawn while its element had no width (a page still being laid out,
 * a collapsed section) came out blank or cut, and an animated one was printed half drawn when
 * data-rendered was already set (page.pdf() right after). So the element waits for a real width
 * before it draws, draws without animation, and says data-rendered only when the drawing is done;
 * it redraws itself when its width changes (ApexCharts' own resize handling is off).
 */
class SamspilApexChart extends HTMLElement {
  set config(json) {
    this._options = typeof json === 'string' ? JSON.parse(json) : json;
    this._draw();
  }

  get config() {
    return this._options ? JSON.stringify(this._options) : undefined;
  }

  connectedCallback() {
    // ApexCharts sizes itself from its container: an inline custom element measures 0 px wide
    this.style.display = 'block';
    // a property set before the element was upgraded hides the setter: replay it
    if (Object.prototype.hasOwnProperty.call(this, 'config')) {
      const value = this.config;
      delete this.config;
      this.config = value;
    }
    this._observeWidth();
    this._draw();
  }

  disconnectedCallback() {
    this._stopObservingWidth();
    this._drawnWidth = undefined;
    if (this._chart) {
      this._chart.destroy();
      this._chart = null;
    }
    this.removeAttribute('data-rendered');
  }

  /**
   * The options with number formatters in the reader's language (data-locale, set from Java):
   * ApexCharts writes "100.0" and "8.00" whatever the page's language (issue 12, defect 10). Axis
   * labels keep the axis' decimalsInFloat where the options give one; tooltips and data labels write
   * the figure as Java rounded it. No thousands separators, as in the tables and the CSVs.
   */
  _localised() {
    const locale = this.dataset.locale || document.documentElement.lang || 'da';
    const formatter = (decimals) => {
      const format = new Intl.NumberFormat(locale, decimals == null
        ? { maximumFractionDigits: 3, useGrouping: false }
        : { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: false });
      return (value) => (typeof value === 'number' && Number.isFinite(value) ? format.format(value) : value);
    };
    const options = { ...this._options };
    const axis = (a) => (a ? { ...a, labels: { ...(a.labels || {}), formatter: formatter(a.decimalsInFloat) } } : a);
    options.yaxis = Array.isArray(options.yaxis) ? options.yaxis.map(axis) : axis(options.yaxis || {});
    options.xaxis = axis(options.xaxis || {});
    // drawn at once: a printed page, or a test, never catches a chart half animated
    options.chart = { ...(options.chart || {}), animations: { enabled: false },
      redrawOnParentResize: false, redrawOnWindowResize: false };
    const tooltip = options.tooltip || {};
    options.tooltip = { ...tooltip, y: { ...(tooltip.y || {}), formatter: formatter(null) },
      x: { ...(tooltip.x || {}), formatter: formatter(null) } };
    if (options.dataLabels && options.dataLabels.enabled) {
      options.dataLabels = { ...options.dataLabels, formatter: formatter(null) };
    }
    return options;
  }

  async _draw() {
    if (!this.isConnected || !this._options) {
      return;
    }
    const width = this.getBoundingClientRect().width;
    if (width < 1) {
      // the width observer draws it as soon as it is given a width
      return;
    }
    this._drawnWidth = Math.round(width);
    this.removeAttribute('data-rendered');
    const options = this._localised();
    if (this._chart) {
      await this._chart.updateOptions(options, true, false);
    } else {
      this._chart = new ApexCharts(this, options);
      await this._chart.render();
    }
    if (this.isConnected) {
      this.setAttribute('data-rendered', 'true');
    }
  }

  /**
   * Draws when the element first gets a width, and again when its width changes (after a pause
   * while it is being resized). This replaces ApexCharts' own resize handling, which without
   * animation redrew every chart once more just after it was drawn (its observer's first call),
   * replacing the SVG under a reader's pointer or a test's click.
   */
  _observeWidth() {
    if (this._widthObserver) {
      return;
    }
    this._widthObserver = new ResizeObserver((entries) => {
      const width = Math.round(entries[entries.length - 1].contentRect.width);
      if (width >= 1 && width !== this._drawnWidth) {
        clearTimeout(this._resizeTimer);
        this._resizeTimer = setTimeout(() => this._draw(), this._chart ? 150 : 0);
      }
    });
    this._widthObserver.observe(this);
  }

  _stopObservingWidth() {
    clearTimeout(this._resizeTimer);
    if (this._widthObserver) {
      this._widthObserver.disconnect();
      this._widthObserver = null;
    }
  }
}

if (!customElements.get('samspil-apex-chart')) {
  customElements.define('samspil-apex-chart', SamspilApexChart);
}
