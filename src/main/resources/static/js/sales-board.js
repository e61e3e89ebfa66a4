// The opportunity board: move a card to another stage by dragging it (mouse, pen or touch, through pointer
// events) or with its "move to" choice. Either way the card's own form is posted to the stage-change endpoint
// (with its CSRF field), so the rules and messages are those of the opportunity page: losing asks for a reason
// first, and the server answers 303 back to the board with the outcome.
(function () {
  'use strict';

  var THRESHOLD = 6;
  var drag = null;
  var pendingLost = null;

  function move(card, stage) {
    var form = card && card.querySelector('form.st-move');
    if (!form || !stage || stage === card.dataset.stage) { return; }
    if (stage === 'LOST') {
      askLostReason(form);
      return;
    }
    submit(form, stage, null, null);
  }

  function submit(form, stage, reason, competitor) {
    form.querySelector('select[name=stage]').value = stage;
    setHidden(form, 'lostReason', reason);
    setHidden(form, 'competitor', competitor);
    form.classList.add('st-moving');
    form.submit();
  }

  function setHidden(form, name, value) {
    var input = form.querySelector('input[type=hidden][name=' + name + ']');
    if (value === null) {
      if (input) { input.remove(); }
      return;
    }
    if (!input) {
      input = document.createElement('input');
      input.type = 'hidden';
      input.name = name;
      form.appendChild(input);
    }
    input.value = value;
  }

  function askLostReason(form) {
    var modal = document.getElementById('lostReasonModal');
    if (!modal || !window.bootstrap) {
      // no dialog: post without a reason, the server answers with "a reason is required"
      submit(form, 'LOST', null, null);
      return;
    }
    pendingLost = form;
    document.getElementById('boardLostReason').value = '';
    document.getElementById('boardCompetitor').value = '';
    window.bootstrap.Modal.getOrCreateInstance(modal).show();
  }

  document.addEventListener('shown.bs.modal', function (event) {
    if (event.target.id === 'lostReasonModal') {
      document.getElementById('boardLostReason').focus();
    }
  });

  document.addEventListener('hidden.bs.modal', function (event) {
    if (event.target.id === 'lostReasonModal' && pendingLost) {
      var select = pendingLost.querySelector('select[name=stage]');
      if (select) { select.value = ''; }
      pendingLost = null;
    }
  });

  document.addEventListener('submit', function (event) {
    if (event.target.id !== 'lostReasonForm') { return; }
    event.preventDefault();
    var reason = document.getElementById('boardLostReason').value.trim();
    if (!reason || !pendingLost) { return; }
    var form = pendingLost;
    pendingLost = null;
    submit(form, 'LOST', reason, document.getElementById('boardCompetitor').value.trim());
  });

  // The "move to" choice moves at once; its button is there for browsers without script.
  document.addEventListener('change', function (event) {
    var select = event.target;
    if (!(select instanceof HTMLSelectElement) || !select.hasAttribute('data-move-to') || !select.value) { return; }
    move(select.closest('.st-card'), select.value);
  });

  // Dragging: a mouse drags the whole card, touch and pen its handle (elsewhere they scroll the page).
  document.addEventListener('pointerdown', function (event) {
    if (event.button !== 0) { return; }
    var card = event.target.closest('.st-card[data-movable=true]');
    if (!card) { return; }
    var onHandle = event.target.closest('[data-drag-handle]') !== null;
    if (!onHandle && (event.pointerType !== 'mouse' || event.target.closest('a, select, button, input, label'))) {
      return;
    }
    drag = { card: card, id: event.pointerId, x: event.clientX, y: event.clientY, ghost: null, over: null };
    if (onHandle) { event.preventDefault(); }
  });

  document.addEventListener('pointermove', function (event) {
    if (!drag || event.pointerId !== drag.id) { return; }
    if (!drag.ghost) {
      if (Math.abs(event.clientX - drag.x) < THRESHOLD && Math.abs(event.clientY - drag.y) < THRESHOLD) { return; }
      start(event);
    }
    event.preventDefault();
    drag.ghost.style.left = (event.clientX - drag.dx) + 'px';
    drag.ghost.style.top = (event.clientY - drag.dy) + 'px';
    highlight(dropAt(event.clientX, event.clientY));
  });

  document.addEventListener('pointerup', function (event) {
    if (!drag || event.pointerId !== drag.id) { return; }
    var dragged = drag;
    var target = dragged.ghost ? dropAt(event.clientX, event.clientY) : null;
    end();
    if (target) {
      move(dragged.card, target.getAttribute('data-stage-drop'));
    }
  });

  document.addEventListener('pointercancel', function (event) {
    if (drag && event.pointerId === drag.id) { end(); }
  });

  // A drag that ended on the card itself is no click on its link.
  document.addEventListener('click', function (event) {
    if (document.body.classList.contains('st-just-dragged')) {
      event.preventDefault();
      event.stopPropagation();
    }
  }, true);

  function start(event) {
    var rect = drag.card.getBoundingClientRect();
    drag.dx = event.clientX - rect.left;
    drag.dy = event.clientY - rect.top;
    drag.ghost = drag.card.cloneNode(true);
    drag.ghost.removeAttribute('id');
    drag.ghost.querySelectorAll('[id]').forEach(function (element) { element.removeAttribute('id'); });
    drag.ghost.classList.add('st-ghost');
    drag.ghost.setAttribute('aria-hidden', 'true');
    drag.ghost.style.width = rect.width + 'px';
    document.body.appendChild(drag.ghost);
    drag.card.classList.add('st-dragging');
    document.body.classList.add('st-board-dragging');
  }

  function end() {
    if (drag.ghost) {
      drag.ghost.remove();
      drag.card.classList.remove('st-dragging');
      document.body.classList.remove('st-board-dragging');
      document.body.classList.add('st-just-dragged');
      window.setTimeout(function () { document.body.classList.remove('st-just-dragged'); }, 0);
    }
    highlight(null);
    drag = null;
  }

  function dropAt(x, y) {
    var element = document.elementFromPoint(x, y);
    var target = element && element.closest('[data-stage-drop]');
    if (!target || target.getAttribute('data-stage-drop') === drag.card.dataset.stage) { return null; }
    return target;
  }

  function highlight(target) {
    if (drag && drag.over === target) { return; }
    document.querySelectorAll('.st-drop-over').forEach(function (element) { element.classList.remove('st-drop-over'); });
    if (target) { target.classList.add('st-drop-over'); }
    if (drag) { drag.over = target; }
  }
})();
