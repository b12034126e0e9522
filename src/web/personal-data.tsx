// "My personal data" on a learner's account page: download everything the platform holds about
// them (GET /api/me/data, a JSON file), and erasure at their request with the password as
// confirmation (POST /api/me/erasure). Self-contained, with its own Georgian and English strings,
// so that a learner's page mounts it with one line: <PersonalDataSection />.
import { type FormEvent, useState } from 'react';
import { ApiError, api } from './api.js';
import { fieldAria, FormGroup, usePageTitle } from './components/common.js';
import { useI18n } from './i18n.js';
import { Link } from './router.js';

const text = {
  en: {
    heading: 'My personal data',
    lead: 'Download everything this platform holds about you: your account, your credentials with their signed files, share links, the e-mails sent to you and your activity.',
    download: 'Download my data (JSON)',
    eraseHeading: 'Erase my personal data',
    eraseWhat:
      'Your name and e-mail address are removed from your account and your credentials, your share links and the e-mails sent to you are deleted, and you are signed out. You cannot sign in to this account again.',
    eraseKeeps:
      'The credentials you have already saved keep verifying: their signature, status and the public ledger need nothing that is erased, and the ledger never held more than a fingerprint (hash) of each file. Save your credentials and your data first: the platform can no longer give them to you afterwards.',
    password: 'Your password, to confirm',
    erase: 'Erase my personal data',
    erasing: 'Erasing…',
    wrongPassword: 'The password is not correct; nothing was erased.',
    failed: 'The erasure did not go through; nothing was erased. Try again.',
    done: 'Your personal data has been erased and you are signed out.',
    home: 'Go to the home page',
  },
  ka: {
    heading: 'ჩემი პერსონალური მონაცემები',
    lead: 'ჩამოტვირთეთ ყველაფერი, რასაც პლატფორმა თქვენ შესახებ ინახავს: ანგარიში, კრედენციალები ხელმოწერილი ფაილებით, გაზიარების ბმულები, თქვენთვის გაგზავნილი წერილები და თქვენი აქტივობა.',
    download: 'ჩემი მონაცემების ჩამოტვირთვა (JSON)',
    eraseHeading: 'ჩემი პერსონალური მონაცემების წაშლა',
    eraseWhat:
      'თქვენი სახელი და ელფოსტის მისამართი წაიშლება ანგარიშიდან და კრედენციალებიდან, წაიშლება გაზიარების ბმულები და თქვენთვის გაგზავნილი წერილები, და სისტემიდან გამოხვალთ. ამ ანგარიშით ვეღარ შეხვალთ.',
    eraseKeeps:
      'უკვე შენახული კრედენციალები კვლავ გადამოწმებადი დარჩება: ხელმოწერას, სტატუსს და საჯარო ლეჯერს წასაშლელი არაფერი სჭირდება, ლეჯერი კი თითოეული ფაილის მხოლოდ ანაბეჭდს (ჰეშს) ინახავს. ჯერ შეინახეთ კრედენციალები და მონაცემები: შემდეგ პლატფორმა მათ ვეღარ მოგცემთ.',
    password: 'თქვენი პაროლი, დასადასტურებლად',
    erase: 'ჩემი პერსონალური მონაცემების წაშლა',
    erasing: 'იშლება…',
    wrongPassword: 'პაროლი არასწორია; არაფერი წაშლილა.',
    failed: 'წაშლა ვერ მოხერხდა; არაფერი წაშლილა. სცადეთ ხელახლა.',
    done: 'თქვენი პერსონალური მონაცემები წაიშალა და სისტემიდან გამოხვედით.',
    home: 'მთავარ გვერდზე გადასვლა',
  },
} as const;

/** Where erasure ends: outside the learner-only pages, since the learner is signed out by then. */
export const ERASED_PATH = '/my/erased';

export function ErasedPage() {
  const { lang } = useI18n();
  const say = text[lang];
  usePageTitle(say.heading);
  return (
    <>
      <h1 className="heading-xl">{say.heading}</h1>
      <p className="notice notice--success" role="status">
        {say.done}
      </p>
      <p>
        <Link to="/" className="link">
          {say.home}
        </Link>
      </p>
    </>
  );
}

export function PersonalDataSection() {
  const { lang } = useI18n();
  const say = text[lang];
  const [password, setPassword] = useState('');
  const [state, setState] = useState<'idle' | 'erasing'>('idle');
  const [error, setError] = useState<'wrongPassword' | 'failed' | null>(null);

  async function erase(event: FormEvent) {
    event.preventDefault();
    setState('erasing');
    setError(null);
    try {
      await api('/api/me/erasure', { method: 'POST', body: { password } });
      // The server ended the session: a full load makes the whole app (its header too) read it afresh.
      window.location.assign(ERASED_PATH);
    } catch (caught) {
      setError(caught instanceof ApiError && caught.status === 422 ? 'wrongPassword' : 'failed');
      setState('idle');
    }
  }

  return (
    <section aria-labelledby="personal-data-heading">
      <h2 className="heading-l" id="personal-data-heading">
        {say.heading}
      </h2>
      <p>{say.lead}</p>
      <p>
        {/* A plain link: the answer is a file (Content-Disposition: attachment) sent with the session cookie. */}
        <a className="button button--secondary" href="/api/me/data" download>
          {say.download}
        </a>
      </p>
      <h3 className="heading-m">{say.eraseHeading}</h3>
      <p>{say.eraseWhat}</p>
      <p>{say.eraseKeeps}</p>
      <form onSubmit={(event) => void erase(event)} noValidate>
        <FormGroup id="erasure-password" label={say.password} error={error ? say[error] : undefined}>
          <input
            className="input input--m"
            id="erasure-password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            aria-describedby={fieldAria('erasure-password', { error: error ? say[error] : undefined })['aria-describedby']}
          />
        </FormGroup>
        <button className="button button--warning" type="submit" disabled={state === 'erasing' || password.length === 0}>
          {state === 'erasing' ? say.erasing : say.erase}
        </button>
      </form>
    </section>
  );
}
