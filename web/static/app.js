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

// Verdict forms: signed in as an editor, the form goes to /review (the sign-in is the credential) and the
// answer is shown in place. Otherwise the editor token lives in this tab's session storage and is sent as a
// Bearer header to the API; the form's own token field (for use without scripts) is hidden.
const TOKEN_KEY = 'concord_editor_token';
document.documentElement.classList.add('js');
const tokenBox = document.getElementById('token-box');
const tokenInput = document.getElementById('editor-token');
if (tokenBox && tokenInput) {
  tokenBox.hidden = false;
  tokenInput.value = sessionStorage.getItem(TOKEN_KEY) ?? '';
  tokenInput.addEventListener('input', () => sessionStorage.setItem(TOKEN_KEY, tokenInput.value.trim()));
}

document.addEventListener('submit', async (event) => {
  const form = event.target.closest('form.review-form');
  if (!form) return;
  event.preventDefault();
  const data = new FormData(form);
  const verdict = event.submitter?.value ?? 'confirmed';
  const status = form.querySelector('.review-status');
  let response;
  if (form.dataset.signedIn) {
    const body = new URLSearchParams();
    for (const [name, value] of data) if (typeof value === 'string') body.append(name, value);
    body.set('verdict', verdict);
    response = await fetch('/review', { method: 'POST', headers: { Accept: 'application/json' }, body });
  } else {
    const token = sessionStorage.getItem(TOKEN_KEY) || String(data.get('token') ?? '').trim();
    response = await fetch('/api/review', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({
        target: data.get('target'), id: data.get('id'), verdict, reason: data.get('reason'),
        ...(verdict === 'corrected' && data.get('field') ? { fields: { [data.get('field')]: typed(String(data.get('value') ?? '')) } } : {}),
      }),
    });
  }
  const body = await response.json().catch(() => ({ message: response.statusText }));
  const names = JSON.parse(form.dataset.verdicts);
  status.classList.toggle('failed', !response.ok);
  status.textContent = response.ok
    ? form.dataset.saved.replace('{verdict}', names[verdict] ?? verdict)
    : form.dataset.failed.replace('{message}', body.message ?? response.status);
  if (response.ok) form.closest('li')?.classList.add('reviewed', verdict);
});

/** A corrected value as typed: a number stays a number, an empty field clears the value. */
function typed(raw) {
  const value = raw.trim();
  if (value === '') return null;
  return /^-?\d+(?:\.\d+)?(?:e\d+)?$/i.test(value) ? Number(value) : value;
}
