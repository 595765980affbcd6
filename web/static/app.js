// A little help where scripts run; every page works without it.
// "/" focuses the search box; choosing a country pair shows it at once; a fact's "show in text" lights its run.
document.addEventListener('keydown', (event) => {
  const search = document.getElementById('q');
  if (event.key === '/' && search && document.activeElement !== search) {
    event.preventDefault();
    search.focus();
  }
});

document.getElementById('pair')?.addEventListener('change', (event) => event.target.form.submit());

document.addEventListener('click', (event) => {
  const link = event.target.closest('a.jump');
  if (!link) return;
  const factId = link.closest('li')?.id.replace(/^fact-/, '');
  document.querySelectorAll('mark.fact.lit').forEach((mark) => mark.classList.remove('lit'));
  document.querySelectorAll('mark.fact').forEach((mark) => {
    if (mark.dataset.facts.split(' ').includes(factId)) mark.classList.add('lit');
  });
});
