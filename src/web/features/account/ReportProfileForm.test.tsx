import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ReportProfileForm } from './ReportProfileForm';

describe('ReportProfileForm', () => {
  const html = renderToString(<ReportProfileForm />);

  it('says the details are optional and only go into reports', () => {
    expect(html).toContain('Details for your clinician&#x27;s report');
    expect(html).toMatch(/Optional\. These details are only printed on the reports/);
  });

  it('offers the three fields, bounded as the API bounds them, a birth date no later than today', () => {
    expect(html).toMatch(/id="profile-displayName"[^>]*maxLength="100"|maxLength="100"[^>]*id="profile-displayName"/);
    expect(html).toMatch(/maxLength="40"/);
    expect(html).toContain('type="date"');
    expect(html).toContain('min="1900-01-01"');
    expect(html).toContain(`max="${new Date().toISOString().slice(0, 10)}"`);
    expect(html).toContain('autoComplete="bday"');
  });
});
