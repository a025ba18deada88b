import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { findAxeViolations, openContext, saveScreenshot } from './support/browser';
import { choose, expectHeading, skipToEnd } from './support/flow';
import { setupServerAndBrowser } from './support/harness';
import { findSmallTargets } from './support/target-size';

const docs = fileURLToPath(new URL('../docs/', import.meta.url));
const harness = setupServerAndBrowser({ mode: 'server' });

const CLINICIAN = 'dr.lee@example.org';
const CLIENT = 'sam@example.org';
const OTHER_CLIENT = 'kim@example.org';

async function signUp(context: BrowserContext | Page, email: string): Promise<Page> {
  const page = 'newPage' in context ? await context.newPage() : context;
  await page.goto('/signup');
  await expectHeading(page, 'Create an account');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('correct horse battery');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expectHeading(page, 'Journal');
  return page;
}

/** Axe clean and every target at least 44×44 CSS px on the page as it is now. */
async function expectUsable(page: Page): Promise<void> {
  expect(await findAxeViolations(page)).toEqual([]);
  expect(await findSmallTargets(page)).toEqual([]);
}

describe('care team in the browser', () => {
  it('invites, links, assigns a plan the client runs, shows adherence, and loses access when the client revokes', async () => {
    const clinicianContext = await openContext(harness.browser, 'phone-390', harness.server.url);
    const clientContext = await openContext(harness.browser, 'phone-390', harness.server.url);
    const errors: string[] = [];
    const clinician = await signUp(clinicianContext, CLINICIAN);
    const client = await clientContext.newPage();
    for (const page of [clinician, client]) page.on('pageerror', (error) => errors.push(error.message));

    // The clinician makes the account a clinician account and creates a one-time invite link.
    await clinician.goto('/clinician');
    await clinician.getByRole('button', { name: 'Make this a clinician account' }).click();
    await clinician.getByRole('button', { name: 'Create an invite' }).click();
    const link = (await clinician.getByTestId('invite-link').textContent()) ?? '';
    expect(link).toMatch(/\/care-team\/join\?code=/);

    // The client opens the link before having an account: the code is kept while they create one.
    await client.goto(link);
    await client.getByText('your invite code is kept').waitFor();
    await signUp(client, CLIENT);
    await client.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Care team' }).click();
    await expectHeading(client, 'Care team');
    expect(await client.getByLabel('Invite code').inputValue()).toBe(new URL(link).searchParams.get('code'));
    await client.getByRole('button', { name: 'Link', exact: true }).click();
    await client.getByText(`Linked with ${CLINICIAN}.`).waitFor();
    await client.getByText(`${CLINICIAN}`, { exact: false }).first().waitFor();
    await expectUsable(client);

    // The account says whether it is a clinician's (GET /me): the care team page links a clinician straight to the
    // dashboard, and only asks the client.
    await client.getByText('Are you a clinician?').waitFor();
    await clinician.goto('/care-team');
    await clinician.getByRole('link', { name: 'Open your clinician dashboard' }).waitFor();

    // The clinician opens the client and composes a calf plan; the editor keeps holds in the article's bounds.
    await clinician.goto('/clinician');
    await clinician.getByRole('link', { name: `Open ${CLIENT}` }).click();
    await expectHeading(clinician, 'Home-care plans');
    const editor = clinician.getByRole('form', { name: 'Plan editor' });
    await editor.getByLabel('Technique (step 1)').selectOption('stretch');
    await editor.getByLabel(/Hold in seconds \(step 1/).fill('45');
    await editor.getByRole('button', { name: 'Assign the plan' }).click();
    await editor.getByText('must be 15–30 seconds for stretch').waitFor();
    await editor.getByLabel(/Hold in seconds \(step 1/).fill('20');
    expect(await editor.getByText('must be 15–30 seconds for stretch').count()).toBe(0);
    await editor.getByLabel(/Repetitions \(step 1/).fill('2');
    await editor.getByRole('button', { name: 'Add a step' }).click();
    await editor.getByLabel('Technique (step 2)').selectOption('effleurage');
    await editor.getByLabel('Pressure (step 2)').selectOption('moderate');
    expect(await editor.getByLabel('Pressure (step 2)').locator('option').allTextContents()).toEqual([
      'No pressure',
      'Light',
      'Moderate',
    ]);
    await editor.getByLabel('Sessions a week').fill('5');
    await editor.getByLabel('Note for your client').fill('Evenings.');
    await expectUsable(clinician);
    await saveScreenshot(clinician, 'care-team-plan-editor', 'phone-390');
    await editor.getByRole('button', { name: 'Assign the plan' }).click();
    await clinician.getByText('Your client sees it as “Your therapist’s plan”').waitFor();
    // Editing replaces the plan the client sees.
    await clinician.getByRole('button', { name: 'Edit this plan' }).click();
    const edit = clinician.getByRole('form', { name: 'Plan editor' }).first();
    await edit.getByLabel('Note for your client').fill('Evenings after your walk.');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await clinician.getByText('Note: Evenings after your walk.').waitFor();

    // The client sees "Your therapist's plan"; a red flag in the safety check blocks the run and says why.
    await client.goto('/therapist-plan');
    await expectHeading(client, 'Your therapist’s plan');
    await client.getByText('Note from your therapist: Evenings after your walk.').waitFor();
    await client.getByText('Stretch, light pressure, hold 20 s, 2 times').waitFor();
    await expectUsable(client);
    await client.screenshot({ path: `${docs}therapists-plan.png`, fullPage: true });
    await client.getByRole('button', { name: 'Start this plan' }).click();
    await expectHeading(client, 'First, any of these right now?');
    await choose(client, 'You have pain, tightness or pressure in your chest');
    await client.getByRole('button', { name: 'Check and continue' }).click();
    await expectHeading(client, 'Not today: the plan waits');
    await client.getByRole('link', { name: /^Call emergency services/ }).waitFor();
    await saveScreenshot(client, 'care-team-plan-blocked', 'phone-390');
    await client.getByText('needs medical care first').waitFor();
    expect(await client.getByRole('button', { name: 'Continue to the session' }).count()).toBe(0);
    await expectUsable(client);

    // A blood thinner this device remembers from the questionnaire allows only gentle massage: the plan is reduced.
    await client.evaluate(() =>
      localStorage.setItem('knead.history', JSON.stringify({ medications: ['anticoagulant'] })),
    );
    await client.goto('/therapist-plan');
    await client.getByRole('button', { name: 'Start this plan' }).click();
    await client.getByLabel('5 out of 10').check();
    await client.getByRole('button', { name: 'Check and continue' }).click();
    await expectHeading(client, 'Your plan, made gentler today');
    await client.getByText('the pressure is kept light').waitFor();
    await client.getByRole('button', { name: 'Continue to the session' }).waitFor();
    await client.evaluate(() => localStorage.removeItem('knead.history'));

    // Without a red flag, the plan runs in the ordinary player and the saved session names the plan.
    await client.goto('/therapist-plan');
    await client.getByRole('button', { name: 'Start this plan' }).click();
    await client.getByLabel('5 out of 10').check();
    await client.getByRole('button', { name: 'Check and continue' }).click();
    await expectHeading(client, 'Your plan is ready');
    await saveScreenshot(client, 'care-team-plan-gate', 'phone-390');
    await client.getByRole('button', { name: 'Continue to the session' }).click();
    await expectHeading(client, 'Your therapist’s plan');
    await client.getByText('Pain before: 5 / 10, from your answers.').waitFor();
    await client.getByRole('button', { name: 'Start', exact: true }).click();
    await skipToEnd(client);
    await expectHeading(client, 'Session complete');
    await client.getByLabel('2 out of 10').check();
    await client.getByRole('button', { name: 'Save to journal' }).click();
    await client.getByText('Saved to your journal.').waitFor();
    const sessions = (await (await client.request.get('/api/v1/sessions')).json()) as {
      items: { assignedPlanId?: string }[];
    };
    expect(sessions.items.filter((s) => s.assignedPlanId).length).toBe(1);

    // A second client with a plan and no run yet: the dashboard puts them first, as needing attention.
    const otherContext = await openContext(harness.browser, 'phone-390', harness.server.url);
    const other = await signUp(otherContext, OTHER_CLIENT);
    await clinician.goto('/clinician');
    await clinician.getByRole('button', { name: 'Create an invite' }).click();
    const code = (await clinician.getByTestId('invite-code').textContent()) ?? '';
    await other.goto('/care-team');
    await other.getByLabel('Invite code').fill(code);
    await other.getByRole('button', { name: 'Link', exact: true }).click();
    await other.getByText(`Linked with ${CLINICIAN}.`).waitFor();
    await clinician.goto('/clinician');
    await clinician.getByRole('link', { name: `Open ${OTHER_CLIENT}` }).click();
    await expectHeading(clinician, OTHER_CLIENT);
    await clinician.getByRole('button', { name: 'Assign the plan' }).click();
    await clinician.getByRole('button', { name: 'Edit this plan' }).waitFor();

    // The second client logs a massage after which the pain rose: insights' "worse after massage" escalation rule
    // opens an alert, which the dashboard (and its screenshot) shows on that client's card.
    await other.goto('/journal/new');
    await expectHeading(other, 'Add a journal entry');
    await other.getByLabel('Stretched').check();
    await other.getByRole('group', { name: 'Pain before massage' }).getByLabel('3 out of 10').check();
    await other.getByRole('group', { name: 'Pain after massage' }).getByLabel('6 out of 10').check();
    await other.getByRole('button', { name: 'Save entry' }).click();
    await expectHeading(other, 'Journal');

    // The clinician's dashboard counts the run toward adherence, and sorts by who needs attention.
    await clinician.goto('/clinician');
    await clinician.getByRole('heading', { name: CLIENT }).waitFor();
    expect(await clinician.locator('.client-row h3').allTextContents()).toEqual([OTHER_CLIENT, CLIENT]);
    const adherence = await clinician.getByTestId('adherence').allTextContents();
    // An ICU plural: "0 of 1 session", "1 of 3 sessions".
    expect(adherence[0]).toMatch(/^0 of (1 session|([02-9]|\d\d+) sessions) \(0%\)$/);
    expect(adherence[1]).toMatch(/^1 of (1 session|([02-9]|\d\d+) sessions) \(\d+%\)$/);
    const alert = clinician.locator('.client-row.needs-attention .client-alerts li').first();
    expect(await alert.textContent()).toMatch(/^Alert: /);
    expect(await clinician.locator('.client-row.needs-attention h3').textContent()).toBe(OTHER_CLIENT);
    await expectUsable(clinician);
    await clinician.screenshot({ path: `${docs}care-team-dashboard.png`, fullPage: true });

    // Every clinician read is in the client's log; the client revokes and the clinician loses access at once.
    await clinician.getByRole('link', { name: `Open ${CLIENT}`, exact: true }).click();
    // ICU plurals: "in the last day" when the journal spans one day, never "in the last 1 days".
    await clinician.getByText(/^1 episode and 1 session in the last (day|([02-9]|\d\d+) days)\.$/).waitFor();
    await clinician.getByText('Calf (back of lower leg), pain 5/10, better after').waitFor();
    const clientUrl = clinician.url();
    await client.goto('/care-team');
    await client.getByText(`${CLINICIAN} read your insights`).first().waitFor();
    await client.getByText(`${CLINICIAN} read your journal episodes`).first().waitFor();
    await client.getByRole('button', { name: `Stop sharing with ${CLINICIAN}` }).click();
    await client.getByText(`Stopped sharing with ${CLINICIAN}. They can read nothing more.`).waitFor();
    await client.getByText('You share your data with no one.').waitFor();

    await clinician.goto(clientUrl);
    await clinician.getByText('You do not have access to this client').waitFor();
    const clientId = new URL(clientUrl).pathname.split('/').pop() ?? '';
    expect((await clinician.request.get(`/api/v1/care-team/clients/${clientId}/insights`)).status()).toBe(404);
    await clinician.goto('/clinician');
    await clinician.getByRole('heading', { name: OTHER_CLIENT }).waitFor();
    expect(await clinician.locator('.client-row h3').allTextContents()).toEqual([OTHER_CLIENT]);
    await client.goto('/therapist-plan');
    await client.getByText('No plan yet.').waitFor();

    expect(errors).toEqual([]);
    await clinicianContext.close();
    await clientContext.close();
    await otherContext.close();
  });
});
