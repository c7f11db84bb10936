/*
 * Repairs the ARIA of PrimeFaces 15 markup that assistive technology misreads (axe-core, WCAG 2.1):
 * - a radio group puts aria-checked on each option's plain wrapper div (the real radio input is inside);
 * - a checkbox group puts aria-required on its container, a div that has no role to be required;
 * - the skinned simple file upload hides its file input with aria-hidden although the input is what
 *   takes the keyboard focus, and leaves it without a name (the visible button text names it here);
 * - the multiple autocomplete calls its list of chosen items a listbox without options or a name:
 *   it is a plain list of tokens followed by the combobox input.
 * - the breadcrumb's home icon link hides its only text with display:none, so it has no name: the
 *   hidden text becomes its label;
 * - messages make each list item an alert (role="alert" on an li), so the list is no longer a list of
 *   items: the ul is taken out of the accessibility tree and the alerts stay alerts.
 * Run once the widgets are built and again on whatever an ajax update or a widget adds later.
 */
(function () {
  function repair(root) {
    if (!root.querySelectorAll) {
      return;
    }
    root.querySelectorAll('.ui-selectoneradio > div[aria-checked]:not([role])').forEach(function (div) {
      div.removeAttribute('aria-checked');
    });
    root.querySelectorAll('.ui-selectmanycheckbox[aria-required]:not([role])').forEach(function (group) {
      group.removeAttribute('aria-required');
      group.setAttribute('role', 'group');
    });
    root.querySelectorAll('.ui-fileupload-simple input[type=file][aria-hidden]').forEach(function (input) {
      input.removeAttribute('aria-hidden');
      var text = input.parentNode.querySelector('.ui-button-text[id]');
      if (text && !input.hasAttribute('aria-labelledby') && !input.labels.length) {
        input.setAttribute('aria-labelledby', text.id);
      }
    });
    root.querySelectorAll('ul.ui-autocomplete-multiple-container[role=listbox]').forEach(function (list) {
      list.removeAttribute('role');
      list.removeAttribute('aria-orientation');
    });
    root.querySelectorAll('ul.ui-autocomplete-multiple-container > li[role=option]').forEach(function (token) {
      token.removeAttribute('role');
      token.removeAttribute('aria-selected');
    });
    root.querySelectorAll('a.ui-breadcrumb-home-icon:not([aria-label])').forEach(function (link) {
      var text = link.querySelector('.ui-menuitem-text');
      if (text && text.textContent.trim()) {
        link.setAttribute('aria-label', text.textContent.trim());
      }
    });
    root.querySelectorAll('.ui-messages ul:not([role])').forEach(function (list) {
      if (list.querySelector(':scope > li[role]')) {
        list.setAttribute('role', 'none');
      }
    });
  }

  function start() {
    repair(document);
    new MutationObserver(function (mutations) {
      mutations.forEach(function (mutation) {
        mutation.addedNodes.forEach(function (node) {
          if (node.nodeType === 1) {
            repair(node.parentNode || node);
          }
        });
      });
    }).observe(document.body, {childList: true, subtree: true});
  }

  if (window.jQuery) {
    jQuery(start); // after the widgets' own ready handlers, which were registered first
  } else if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
