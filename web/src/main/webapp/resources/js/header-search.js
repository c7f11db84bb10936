/*
 * The header search box: Enter searches what was typed unless a suggested title is highlighted (then
 * PrimeFaces opens it). Without this, PrimeFaces' autocomplete swallows Enter while a suggestion
 * request is pending or its panel is open, and the reader has to press Enter twice.
 */
(function () {
  function install() {
    var form = document.getElementById('searchForm');
    var input = document.getElementById('q_input');
    var go = document.getElementById('search-go');
    if (!form || !input || !go || form.dataset.enterSearches) {
      return;
    }
    form.dataset.enterSearches = 'true';
    form.addEventListener('keydown', function (event) {
      if (event.target !== input || (event.key !== 'Enter' && event.key !== 'NumpadEnter')) {
        return;
      }
      var highlighted = document.querySelector('#q_panel .ui-autocomplete-item.ui-state-highlight');
      var panel = document.getElementById('q_panel');
      if (highlighted && panel && panel.offsetParent !== null) {
        return;
      }
      event.preventDefault();
      event.stopPropagation();
      go.click();
    }, true);
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', install);
  } else {
    install();
  }
})();
