import { t } from '../ui-text/i18n';
import { el } from './bar-dom';

/** A small form for a person's address: a labelled email field and Save. */
export function addressForm(
  doc: Document,
  personId: string,
  name: string,
  save: (personId: string, address: string) => Promise<boolean>,
  say: (text: string) => void,
): HTMLFormElement {
  const form = el(doc, 'form', 'address');
  const label = el(doc, 'label', undefined, `${t('bar_email_for', { name })} `);
  const input = el(doc, 'input');
  input.type = 'email';
  input.required = true;
  input.autocomplete = 'off';
  label.appendChild(input);
  const submit = el(doc, 'button', 'primary', t('bar_save_address'));
  submit.type = 'submit';
  form.append(label, submit);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const address = input.value.trim();
    if (!address || !input.checkValidity()) {
      say(t('bar_bad_address'));
      return;
    }
    submit.disabled = true;
    void save(personId, address).then(
      (ok) => say(ok ? t('bar_address_saved', { name }) : t('bar_address_failed')),
      () => say(t('bar_address_failed')),
    ).finally(() => {
      submit.disabled = false;
    });
  });
  return form;
}
