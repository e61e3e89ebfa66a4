// The allocation page: while the parts are edited, the running total and its difference
// from the team target (form#allocationForm, data-allocation-target), formatted as money
// in the page's language when data-allocation-money is "true".
(function () {
  'use strict';

  function init() {
    var form = document.getElementById('allocationForm');
    if (!form) {
      return;
    }
    var target = Number(form.dataset.allocationTarget);
    var format = new Intl.NumberFormat(form.dataset.allocationLocale || undefined,
      form.dataset.allocationMoney === 'true'
        ? { style: 'currency', currency: 'CNY', minimumFractionDigits: 2, maximumFractionDigits: 2 }
        : { maximumFractionDigits: 2 });
    var total = document.getElementById('allocationTotal');
    var difference = document.getElementById('allocationDifference');
    var balanced = document.getElementById('allocationBalanced');

    function update() {
      var cents = 0;
      form.querySelectorAll('input.st-part-input').forEach(function (input) {
        var value = Number(input.value || 0);
        cents += Math.round((isNaN(value) ? 0 : value) * 100);
      });
      var diff = cents - Math.round(target * 100);
      total.textContent = format.format(cents / 100);
      difference.textContent = (diff > 0 ? '+' : '') + format.format(diff / 100);
      difference.classList.toggle('text-danger', diff !== 0);
      balanced.classList.toggle('d-none', diff !== 0);
    }

    form.addEventListener('input', update);
    update();
  }

  document.addEventListener('DOMContentLoaded', init);
})();
