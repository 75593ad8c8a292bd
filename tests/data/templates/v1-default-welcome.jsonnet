// Welcome email after sign-up, sent through Mailchimp Transactional (Mandrill) messages/send.
// Modelled on the Ory docs' Mailchimp recipe, but safe for every sign-up method: a social sign-up
// without an email has no verifiable_addresses key at all, so every field is checked before use.
// Hookmail adds the Mandrill key outside this template; never write the key here.
function(ctx)
  local identity = if std.objectHas(ctx, 'identity') then ctx.identity else {};
  local traits =
    if std.objectHas(identity, 'traits') && std.type(identity.traits) == 'object' then identity.traits else {};
  local addresses =
    if std.objectHas(identity, 'verifiable_addresses')
    then [a for a in identity.verifiable_addresses if std.objectHas(a, 'via') && a.via == 'email']
    else [];
  local verified = [a.value for a in addresses if std.objectHas(a, 'verified') && a.verified];
  local email =
    if std.length(verified) > 0 then verified[0]
    else if std.length(addresses) > 0 then addresses[0].value
    else if std.objectHas(traits, 'email') && std.type(traits.email) == 'string' && traits.email != ''
    then traits.email
    // No address at all: "cancel" makes Ory skip this email instead of failing the sign-up.
    else error 'cancel';
  local firstName =
    if std.objectHas(traits, 'name') && std.type(traits.name) == 'object'
       && std.objectHas(traits.name, 'first') && std.type(traits.name.first) == 'string'
    then traits.name.first
    else '';
  // Text placed into HTML must not be able to inject markup.
  local escapeHtml(s) = std.join('', [
    if c == '&' then '&amp;' else if c == '<' then '&lt;' else if c == '>' then '&gt;'
    else if c == '"' then '&quot;' else if c == "'" then '&#39;' else c
    for c in std.stringChars(s)
  ]);
  local greeting = if firstName != '' then 'Hi ' + firstName + ',' else 'Hi,';
  {
    message: {
      from_email: 'welcome@example.com',
      from_name: 'Example',
      subject: 'Welcome to Example',
      to: [{ email: email, [if firstName != '' then 'name']: firstName, type: 'to' }],
      tags: ['welcome'],
      text: |||
        %(greeting)s

        Welcome to Example! Your account for %(email)s is ready.
        Get started: https://example.com/welcome

        If you did not sign up, you can ignore this email.
      ||| % { greeting: greeting, email: email },
      html: |||
        <!DOCTYPE html>
        <html>
        <body style="margin:0;padding:0;background-color:#f4f5f7;">
          <table role="presentation" width="100%%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f4f5f7;">
            <tr>
              <td align="center" style="padding:32px 16px;">
                <table role="presentation" width="560" cellpadding="0" cellspacing="0" border="0" style="max-width:560px;background-color:#ffffff;border-radius:8px;">
                  <tr>
                    <td style="padding:32px;font-family:Helvetica,Arial,sans-serif;color:#1f2933;">
                      <h1 style="margin:0 0 16px;font-size:24px;line-height:32px;">Welcome to Example!</h1>
                      <p style="margin:0 0 8px;font-size:16px;line-height:24px;">%(greeting)s</p>
                      <p style="margin:0 0 24px;font-size:16px;line-height:24px;">Your account for <strong>%(email)s</strong> is ready.</p>
                      <table role="presentation" cellpadding="0" cellspacing="0" border="0">
                        <tr>
                          <td align="center" bgcolor="#3b5bdb" style="border-radius:6px;">
                            <a href="https://example.com/welcome" style="display:inline-block;padding:12px 28px;border-radius:6px;background-color:#3b5bdb;color:#ffffff;font-size:16px;font-weight:bold;text-decoration:none;">Get started</a>
                          </td>
                        </tr>
                      </table>
                      <p style="margin:24px 0 0;font-size:13px;line-height:20px;color:#6b7785;">If you did not sign up, you can ignore this email.</p>
                    </td>
                  </tr>
                </table>
              </td>
            </tr>
          </table>
        </body>
        </html>
      ||| % { greeting: escapeHtml(greeting), email: escapeHtml(email) },
    },
  }
