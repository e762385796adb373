import ApexCharts from 'apexcharts';

/**
 * <samspil-apex-chart>: takes the chart options as a JSON string in its `config` property
 * (set from Java) and draws them with ApexCharts. Light DOM, so ApexCharts' own CSS applies.
 * Sets data-rendered="true" once the chart is on screen.
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
    this._draw();
  }

  disconnectedCallback() {
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
    const options = this._localised();
    if (this._chart) {
      await this._chart.updateOptions(options, true, false);
    } else {
      this._chart = new ApexCharts(this, options);
      await this._chart.render();
    }
    this.setAttribute('data-rendered', 'true');
  }
}

if (!customElements.get('samspil-apex-chart')) {
  customElements.define('samspil-apex-chart', SamspilApexChart);
}
