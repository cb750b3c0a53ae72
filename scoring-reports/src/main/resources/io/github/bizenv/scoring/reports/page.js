/* bizenv scoring-reports: draws every chart of the page from its inlined ECharts option, as SVG (sharp in print). */
(function () {
  'use strict';
  var specs = JSON.parse(document.getElementById('bizenv-charts').textContent);
  var font = window.getComputedStyle(document.body).fontFamily;
  var charts = [];
  Object.keys(specs).forEach(function (id) {
    var el = document.getElementById(id);
    var option = specs[id];
    option.animation = false;
    option.textStyle = Object.assign({fontFamily: font}, option.textStyle || {});
    var chart = echarts.init(el, null, {renderer: 'svg'});
    chart.setOption(option);
    charts.push(chart);
  });
  function resize() {
    charts.forEach(function (c) { c.resize(); });
  }
  window.addEventListener('resize', resize);
  window.addEventListener('beforeprint', resize);
  window.addEventListener('afterprint', resize);
  if (window.matchMedia) {
    var print = window.matchMedia('print');
    if (print.addEventListener) {
      print.addEventListener('change', resize);
    } else if (print.addListener) {
      print.addListener(resize);
    }
  }
  document.body.setAttribute('data-charts-ready', String(charts.length));
})();
