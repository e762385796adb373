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

  async _draw() {
    if (!this.isConnected || !this._options) {
      return;
    }
    if (this._chart) {
      await this._chart.updateOptions(this._options, true, false);
    } else {
      this._chart = new ApexCharts(this, this._options);
      await this._chart.render();
    }
    this.setAttribute('data-rendered', 'true');
  }
}

if (!customElements.get('samspil-apex-chart')) {
  customElements.define('samspil-apex-chart', SamspilApexChart);
}
