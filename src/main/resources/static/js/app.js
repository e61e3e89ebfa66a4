// SalesTeam page glue. Loaded as a file (the Content-Security-Policy forbids inline script).
(function () {
  'use strict';

  // htmx requests carry the CSRF token from the page's meta tags.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });

  // A session that expired answers htmx with the login page: reload the whole page instead of nesting it.
  document.addEventListener('htmx:beforeSwap', function (event) {
    var xhr = event.detail.xhr;
    if (xhr && xhr.responseURL && xhr.responseURL.indexOf('/login') >= 0) {
      event.preventDefault();
      window.location.reload();
    }
  });

  // Charts: any element with data-chart-url is filled with the ECharts option that URL returns.
  function renderCharts(root) {
    if (!window.echarts) { return; }
    root.querySelectorAll('[data-chart-url]').forEach(function (element) {
      fetch(element.getAttribute('data-chart-url'), { headers: { 'Accept': 'application/json' } })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (option) {
          if (option) {
            var chart = window.echarts.getInstanceByDom(element) || window.echarts.init(element);
            chart.setOption(fitTitle(option, element), true);
          }
        });
    });
  }
  // A title wider than its chart (a long one on a phone) wraps instead of being cut off.
  function fitTitle(option, element) {
    var title = option.title;
    if (title && !Array.isArray(title) && element.clientWidth > 0) {
      title.textStyle = Object.assign({}, title.textStyle, { width: element.clientWidth - 16, overflow: 'break' });
    }
    return option;
  }
  window.addEventListener('resize', function () {
    if (!window.echarts) { return; }
    document.querySelectorAll('[data-chart-url]').forEach(function (element) {
      var chart = window.echarts.getInstanceByDom(element);
      if (chart) {
        chart.setOption({ title: { textStyle: { width: element.clientWidth - 16, overflow: 'break' } } });
        chart.resize();
      }
    });
  });
  document.addEventListener('DOMContentLoaded', function () { renderCharts(document); });
  document.addEventListener('htmx:afterSettle', function (event) { renderCharts(event.target); });

  // "Select all": <input type="checkbox" data-select-all="ids"> ticks every checkbox named
  // ids in its form; an element with data-selected-count="ids" shows how many are ticked.
  document.addEventListener('change', function (event) {
    var box = event.target;
    if (!(box instanceof HTMLInputElement) || box.type !== 'checkbox' || !box.form) {
      return;
    }
    var form = box.form;
    if (box.dataset.selectAll) {
      form.querySelectorAll('input[type=checkbox][name="' + box.dataset.selectAll + '"]').forEach(function (other) {
        other.checked = box.checked;
      });
    }
    form.querySelectorAll('[data-selected-count]').forEach(function (counter) {
      counter.textContent = form.querySelectorAll('input[type=checkbox][name="' + counter.dataset.selectedCount
        + '"]:checked').length;
    });
  });

  // Confirmation for destructive buttons: <button data-confirm="...">.
  document.addEventListener('submit', function (event) {
    var button = event.submitter;
    if (button && button.dataset.confirm && !window.confirm(button.dataset.confirm)) {
      event.preventDefault();
    }
  });
})();
