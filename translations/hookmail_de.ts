<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActionExporter</name>
    <message>
        <location filename="../app/core/ory/ActionExporter.cpp" line="+122"/>
        <source>Action JSON (web_hook)</source>
        <translation>Action-JSON (web_hook)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ory CLI command</source>
        <translation>Ory-CLI-Befehl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kratos.yml snippet (self-hosted)</source>
        <translation>kratos.yml-Ausschnitt (selbst gehostet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>curl test request to Mandrill</source>
        <translation>curl-Testanfrage an Mandrill</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This export contains your Mandrill key in clear text (inside the base64 body). Keep it private; Ory stores Jsonnet bodies unencrypted, so prefer a key restricted to %1.</source>
        <translation>Dieser Export enthält Ihren Mandrill-Schlüssel im Klartext (im base64-kodierten Body). Halten Sie ihn geheim; Ory speichert Jsonnet-Bodys unverschlüsselt, verwenden Sie daher besser einen Schlüssel, der auf %1 beschränkt ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Mandrill key is not included: replace &lt;MANDRILL_API_KEY&gt; (inside the base64 body, so decode, edit and re-encode it) or export again with the key.</source>
        <translation>Der Mandrill-Schlüssel ist nicht enthalten: Ersetzen Sie &lt;MANDRILL_API_KEY&gt; (im base64-kodierten Body – also dekodieren, bearbeiten und wieder kodieren) oder exportieren Sie erneut mit dem Schlüssel.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The web_hook for the Ory Console or the Ory API. Add it to each hook list of: %1.</source>
        <translation>Der web_hook für die Ory Console oder die Ory-API. Fügen Sie ihn jeder Hook-Liste hinzu von: %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The action &quot;%1&quot; is not attached to any hook point, so there is nothing to add.</source>
        <translation>Die Action „%1“ ist keinem Hook-Punkt zugeordnet, daher gibt es nichts hinzuzufügen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Run this with the ory CLI logged in (ory auth) and ORY_PROJECT_ID set, or with the project id filled in. It appends the hook to each list; to update an existing hook, use Push in Hookmail instead, which replaces its earlier version.</source>
        <translation>Führen Sie dies mit angemeldeter ory-CLI (ory auth) und gesetztem ORY_PROJECT_ID aus oder tragen Sie die Projekt-ID ein. Der Befehl hängt den Hook an jede Liste an; um einen vorhandenen Hook zu aktualisieren, verwenden Sie stattdessen „Übertragen“ in Hookmail, das seine frühere Version ersetzt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Left out the generic list %1: Ory ignores it while method lists are in use.</source>
        <translation>Die allgemeine Liste %1 wurde ausgelassen: Ory ignoriert sie, solange Methodenlisten verwendet werden.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The action &quot;%1&quot; is attached only to SAML single sign-on (%2), which exists only on Ory Network: self-hosted Kratos has no SAML and would refuse such a kratos.yml. Push it to your Ory Network project or export the Ory CLI command instead.</source>
        <translation>Die Aktion „%1“ hängt nur an SAML-Single-Sign-on (%2), das es nur in Ory Network gibt: Ein selbst gehostetes Kratos hat kein SAML und würde eine solche kratos.yml ablehnen. Veröffentlichen Sie sie in Ihrem Ory-Network-Projekt oder exportieren Sie stattdessen den Ory-CLI-Befehl.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The action &quot;%1&quot; is not attached to any hook point, so there is nothing to export.</source>
        <translation>Die Action „%1“ ist keinem Hook-Punkt zugeordnet, daher gibt es nichts zu exportieren.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Copy %1 to /etc/config/kratos/ inside the Kratos container (or change the file:// path), and merge the snippet into kratos.yml by hand: a hooks list replaces the existing list, so keep the hooks you already have there. The `session` hook signs people in after sign-up; keep it (Kratos runs it last). config.id is left out because Kratos before v25.4 rejects it.</source>
        <translation>Kopieren Sie %1 nach /etc/config/kratos/ im Kratos-Container (oder ändern Sie den file://-Pfad) und führen Sie den Ausschnitt von Hand in kratos.yml ein: Eine hooks-Liste ersetzt die vorhandene Liste, behalten Sie also die Hooks, die dort schon stehen. Der Hook `session` meldet Personen nach der Registrierung an; behalten Sie ihn (Kratos führt ihn zuletzt aus). config.id fehlt, weil Kratos vor v25.4 es ablehnt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Left out %1: SAML single sign-on exists only on Ory Network, and a self-hosted Kratos refuses a kratos.yml that has a saml hook list. The Ory CLI export and Push keep it for Ory Network projects.</source>
        <translation>%1 ausgelassen: SAML-Single-Sign-on gibt es nur in Ory Network, und ein selbst gehostetes Kratos lehnt eine kratos.yml mit einer saml-Hook-Liste ab. Der Ory-CLI-Export und das Veröffentlichen behalten sie für Ory-Network-Projekte.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The curl command sends the email exactly as rendered for the sample identity: open the preview so Hookmail can render it first.</source>
        <translation>Der curl-Befehl sendet die E-Mail genau so, wie sie für die Beispielidentität gerendert wurde: Öffnen Sie die Vorschau, damit Hookmail sie zuerst rendern kann.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sends one real email to the recipients shown in the body.</source>
        <translation>Sendet eine echte E-Mail an die im Body angegebenen Empfänger.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This command contains your Mandrill key in clear text; keep it private.</source>
        <translation>Dieser Befehl enthält Ihren Mandrill-Schlüssel im Klartext; halten Sie ihn geheim.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace &lt;MANDRILL_API_KEY&gt; with your Mandrill key before running it.</source>
        <translation>Ersetzen Sie &lt;MANDRILL_API_KEY&gt; durch Ihren Mandrill-Schlüssel, bevor Sie ihn ausführen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown export format &quot;%1&quot;; use one of: %2.</source>
        <translation>Unbekanntes Exportformat „%1“; verwenden Sie eines von: %2.</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <location filename="../app/core/common/ApiClient.cpp" line="+86"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server redirects elsewhere (HTTP %1 to %2). Hookmail does not follow redirects with your key; put the final address in Settings.</source>
        <translation>Der Server leitet woandershin weiter (HTTP %1 nach %2). Hookmail folgt Weiterleitungen mit Ihrem Schlüssel nicht; tragen Sie die endgültige Adresse in den Einstellungen ein.</translation>
    </message>
</context>
<context>
    <name>BodyValidator</name>
    <message>
        <location filename="../app/core/render/BodyValidator.cpp" line="+66"/>
        <source>&quot;%1&quot; is missing.</source>
        <translation>„%1“ fehlt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a plain email address like name@example.com.</source>
        <translation>„%1“ ist keine einfache E-Mail-Adresse wie name@example.com.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; does not have the expected form.</source>
        <translation>„%1“ hat nicht die erwartete Form.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is empty; it needs at least one entry.</source>
        <translation>„%1“ ist leer; es braucht mindestens einen Eintrag.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is too long.</source>
        <translation>„%1“ ist zu lang.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is empty.</source>
        <translation>„%1“ ist leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; has the wrong type.</source>
        <translation>„%1“ hat den falschen Typ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot;: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>&quot;%1&quot; is %2 KB long; only its first %3 KB were checked.</source>
        <translation>„%1“ ist %2 KB lang; nur die ersten %3 KB wurden geprüft.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The document does not match the schema.</source>
        <translation>Das Dokument entspricht nicht dem Schema.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not check the document: %1</source>
        <translation>Das Dokument konnte nicht geprüft werden: %1</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <location filename="../app/core/render/Checks.cpp" line="+67"/>
        <source> Ory leaves out verifiable_addresses when the identity has no address to verify (for example a social sign-up whose provider shares no email). Check with std.objectHas(ctx.identity, &apos;verifiable_addresses&apos;) before using it, or fall back to ctx.identity.traits.email.</source>
        <translation> Ory lässt verifiable_addresses weg, wenn die Identität keine zu bestätigende Adresse hat (zum Beispiel bei einer Registrierung über einen sozialen Anbieter, der keine E-Mail-Adresse weitergibt). Prüfen Sie vor der Verwendung mit std.objectHas(ctx.identity, &apos;verifiable_addresses&apos;) oder weichen Sie auf ctx.identity.traits.email aus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> Ory passes no identity to &quot;before&quot; hooks; use this template only after sign-up/sign-in.</source>
        <translation> Ory übergibt „before“-Hooks keine Identität; verwenden Sie diese Vorlage nur nach Registrierung/Anmeldung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> Ory passes ctx.flow.transient_payload only where the sign-in method copies it: never in “before” hooks, not after signing in with a passkey or a backup code, and in settings only after linking a social sign-in. Check with std.objectHas(ctx.flow, &apos;transient_payload&apos;) before reading it.</source>
        <translation> Ory übergibt ctx.flow.transient_payload nur dort, wo die Anmeldemethode es übernimmt: nie in „Vorher“-Hooks, nicht nach der Anmeldung mit einem Passkey oder einem Backup-Code und in den Einstellungen nur nach dem Verknüpfen einer Social-Anmeldung. Prüfen Sie mit std.objectHas(ctx.flow, &apos;transient_payload&apos;), bevor Sie es lesen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> Ory passes ctx.session only after sign-in and in settings flows.</source>
        <translation> Ory übergibt ctx.session nur nach der Anmeldung und in Einstellungs-Flows.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>project sample identity</source>
        <translation>Beispielidentität des Projekts</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Hook skipped (cancelled): the template calls error &quot;cancel&quot; here, so Ory sends no email.</source>
        <translation>Hook übersprungen (abgebrochen): Die Vorlage ruft hier error &quot;cancel&quot; auf, daher sendet Ory keine E-Mail.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The template is not valid Jsonnet: %1</source>
        <translation>Die Vorlage ist kein gültiges Jsonnet: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The template fails here, so Ory would not send the email: %1.%2</source>
        <translation>Die Vorlage schlägt hier fehl, daher würde Ory die E-Mail nicht senden: %1.%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The template must produce a JSON object (the Mandrill messages/send request); it produced something else.</source>
        <translation>Die Vorlage muss ein JSON-Objekt erzeugen (die Mandrill-Anfrage messages/send); sie hat etwas anderes erzeugt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Mandrill would not accept the email: %1</source>
        <translation>Mandrill würde die E-Mail nicht annehmen: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The email carries the person&apos;s session or sign-in cookie (%1): whoever receives it, or can read Mandrill&apos;s logs, could sign in as them. Take it out of the template; an email never needs it.</source>
        <translation>Die E-Mail enthält die Sitzung oder ein Anmelde-Cookie der Person (%1): Wer sie erhält oder Mandrills Protokolle lesen kann, könnte sich als diese Person anmelden. Entfernen Sie es aus der Vorlage; eine E-Mail braucht es nie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Template plus context is %1 KiB after Ory&apos;s encoding; Ory refuses more than 64 KiB. Larger identities could push it over.</source>
        <translation>Vorlage und Kontext sind nach Orys Kodierung %1 KiB groß; Ory lehnt mehr als 64 KiB ab. Größere Identitäten könnten die Grenze überschreiten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The rendered body is %1 KiB; Ory refuses output over 256 KiB.</source>
        <translation>Der gerenderte Body ist %1 KiB groß; Ory lehnt Ausgaben über 256 KiB ab.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>“Ignore the response” and “parse the response” cannot both be on: Ory rejects this hook. For an email, keep only “ignore”.</source>
        <translation>„Antwort ignorieren“ und „Antwort auswerten“ können nicht beide aktiv sein: Ory lehnt diesen Hook ab. Behalten Sie für eine E-Mail nur „ignorieren“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Parsing the response fails with Mandrill: it answers with a JSON array, not the object Ory expects. Turn “parse the response” off.</source>
        <translation>Das Auswerten der Antwort schlägt mit Mandrill fehl: Mandrill antwortet mit einem JSON-Array, nicht mit dem Objekt, das Ory erwartet. Schalten Sie „Antwort auswerten“ aus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The hook waits for Mandrill: if Mandrill fails or is slow, the user&apos;s sign-up or sign-in fails with an error even though the account exists. Turn on “ignore the response” (asynchronous).</source>
        <translation>Der Hook wartet auf Mandrill: Wenn Mandrill ausfällt oder langsam ist, schlägt die Registrierung oder Anmeldung mit einem Fehler fehl, obwohl das Konto existiert. Schalten Sie „Antwort ignorieren“ (asynchron) ein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The target URL “%1” must be an https:// URL.</source>
        <translation>Die Ziel-URL „%1“ muss eine https://-URL sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mandrill&apos;s messages/send expects POST; the hook uses %1.</source>
        <translation>Mandrills messages/send erwartet POST; der Hook verwendet %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The action is not attached to any hook point, so it never runs.</source>
        <translation>Die Action ist keinem Hook-Punkt zugeordnet und wird daher nie ausgeführt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is the generic list: Ory ignores it whenever the project has method lists (Ory Network projects always do). Attach the action to the methods instead, e.g. %2/after/password and %2/after/oidc.</source>
        <translation>„%1“ ist die allgemeine Liste: Ory ignoriert sie, sobald das Projekt Methodenlisten hat (Ory-Network-Projekte haben sie immer). Ordnen Sie die Action stattdessen den Methoden zu, z. B. %2/after/password und %2/after/oidc.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” runs before the user exists: there is no identity to email.</source>
        <translation>„%1“ läuft, bevor der Benutzer existiert: Es gibt keine Identität, der eine E-Mail gesendet werden könnte.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The template contains what looks like a Mandrill key. Remove it: Hookmail keeps the key in your keychain and adds it only to what is sent or pushed.</source>
        <translation>Die Vorlage enthält etwas, das wie ein Mandrill-Schlüssel aussieht. Entfernen Sie es: Hookmail bewahrt den Schlüssel in Ihrem Schlüsselbund auf und fügt ihn nur dem hinzu, was gesendet oder übertragen wird.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The template sends %1 whole. Ory passes every cookie of the request, including the person&apos;s session and CSRF cookies, so they would end up at Mandrill. Send only the values you need, such as ctx.request_headers[&apos;User-Agent&apos;][0].</source>
        <translation>Die Vorlage sendet %1 vollständig. Ory übergibt jedes Cookie der Anfrage, auch die Sitzungs- und CSRF-Cookies der Person, die so bei Mandrill landen würden. Senden Sie nur die Werte, die Sie brauchen, etwa ctx.request_headers[&apos;User-Agent&apos;][0].</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ory would reject the hook configuration: %1</source>
        <translation>Ory würde die Hook-Konfiguration ablehnen: %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/MandrillCommands.cpp" line="+140"/>
        <source>no arguments expected</source>
        <translation>keine Argumente erwartet</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The Mandrill key works (from %1).</source>
        <translation>Der Mandrill-Schlüssel funktioniert (aus %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account: %1</source>
        <translation>Konto: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reputation: %1 of 100 (75 is good)</source>
        <translation>Reputation: %1 von 100 (75 ist gut)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hourly quota: %1 messages; backlog: %2</source>
        <translation>Stündliches Kontingent: %1 Nachrichten; Rückstau: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account details unavailable: %1</source>
        <translation>Kontodetails nicht verfügbar: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+123"/>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>give at most one DOMAIN (for example example.com)</source>
        <translation>geben Sie höchstens eine DOMAIN an (zum Beispiel example.com)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the template has no from address to take the domain from; give DOMAIN (for example example.com)</source>
        <translation>die Vorlage hat keine Absenderadresse, aus der die Domain entnommen werden kann; geben Sie DOMAIN an (zum Beispiel example.com)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 is not ready to send from:</source>
        <translation>%1 ist noch nicht bereit als Absenderdomain:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is ready to send from:</source>
        <translation>%1 ist bereit als Absenderdomain:</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Mandrill accepted the request but returned no recipients.</source>
        <translation>Mandrill hat die Anfrage angenommen, aber keine Empfänger zurückgegeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/TemplateCommands.cpp" line="+71"/>
        <source>draft only</source>
        <translation>nur Entwurf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>published %1, draft differs</source>
        <translation>veröffentlicht %1, Entwurf weicht ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>published %1</source>
        <translation>veröffentlicht %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>say what to show: templates or template SLUG</source>
        <translation>geben Sie an, was gezeigt werden soll: templates oder template SLUG</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown subcommand “%1” (templates or template)</source>
        <translation>unbekannter Unterbefehl „%1“ (templates oder template)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>give exactly one template slug</source>
        <translation>geben Sie genau einen Vorlagen-Slug an</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>at most one search text</source>
        <translation>höchstens ein Suchtext</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The account has no templates.</source>
        <translation>Das Konto hat keine Vorlagen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No template matches.</source>
        <translation>Keine Vorlage passt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>[Mailchimp template %1]</source>
        <translation>[Mailchimp-Vorlage %1]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>labels: %1</source>
        <translation>Labels: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mailchimp templates not listed: %1</source>
        <translation>Mailchimp-Vorlagen nicht aufgeführt: %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Template: %1 (slug %2) — %3</source>
        <translation>Vorlage: %1 (Slug %2) — %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merge language: %1</source>
        <translation>Merge-Sprache: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge tags: none</source>
        <translation>Merge-Tags: keine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge tags, and the field of the person Hookmail suggests:</source>
        <translation>Merge-Tags und das Feld der Person, das Hookmail vorschlägt:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(not mapped — choose a field in Hookmail)</source>
        <translation>(nicht zugeordnet – wählen Sie ein Feld in Hookmail)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Editable regions (mc:edit): %1</source>
        <translation>Bearbeitbare Bereiche (mc:edit): %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>info</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>DesignJson</name>
    <message>
        <location filename="../app/core/design/DesignJson.cpp" line="+27"/>
        <source>The field &quot;%1&quot; must be %2.</source>
        <translation>Das Feld „%1“ muss %2 sein.</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+42"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The field &quot;%1&quot; must be between %2 and %3, not %4.</source>
        <translation>Das Feld „%1“ muss zwischen %2 und %3 liegen, nicht bei %4.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a list of texts</source>
        <translation>eine Liste von Texten</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+154"/>
        <location line="+156"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location line="-210"/>
        <source>text or an object</source>
        <translation>Text oder ein Objekt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The field &quot;%1&quot; must name a field of the person, e.g. &quot;traits.name.first&quot;.</source>
        <translation>Das Feld „%1“ muss ein Feld der Person nennen, z. B. &quot;traits.name.first&quot;.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The field &quot;%1&quot; must be &quot;normal&quot;, &quot;bullet&quot; or &quot;numbered&quot;, not &quot;%2&quot;.</source>
        <translation>Das Feld „%1“ muss &quot;normal&quot;, &quot;bullet&quot; oder &quot;numbered&quot; sein, nicht „%2“.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The block &quot;%1&quot; has no &quot;id&quot;.</source>
        <translation>Beim Block „%1“ fehlt „id“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The field &quot;%1&quot; must not be empty.</source>
        <translation>Das Feld „%1“ darf nicht leer sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The block &quot;%1&quot; has no &quot;kind&quot;.</source>
        <translation>Beim Block „%1“ fehlt „kind“.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The field &quot;%1&quot; holds &quot;%2&quot;, which is not a kind of block (use %3).</source>
        <translation>Das Feld „%1“ enthält „%2“; das ist keine Blockart (verwenden Sie %3).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The field &quot;%1&quot; must be &quot;left&quot;, &quot;center&quot; or &quot;right&quot;, not &quot;%2&quot;.</source>
        <translation>Das Feld „%1“ muss &quot;left&quot;, &quot;center&quot; oder &quot;right&quot; sein, nicht „%2“.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>The field &quot;%1&quot; holds &quot;%2&quot;; use &quot;verified&quot;, &quot;address&quot; or &quot;trait:&lt;name&gt;&quot;.</source>
        <translation>Das Feld „%1“ enthält „%2“; verwenden Sie &quot;verified&quot;, &quot;address&quot; oder &quot;trait:&lt;name&gt;&quot;.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The field &quot;%1.id&quot; holds &quot;%2&quot;, which another block already has; block ids must be unique.</source>
        <translation>Das Feld „%1.id“ enthält „%2“, was bereits ein anderer Block hat; Block-IDs müssen eindeutig sein.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The field &quot;%1&quot; must be a colour like &quot;#3b5bdb&quot;, not &quot;%2&quot;.</source>
        <translation>Das Feld „%1“ muss eine Farbe wie &quot;#3b5bdb&quot; sein, nicht „%2“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The field &quot;%1&quot; holds &quot;%2&quot;, which is not one of the web-safe fonts (%3).</source>
        <translation>Das Feld „%1“ enthält „%2“; das ist keine der websicheren Schriften (%3).</translation>
    </message>
</context>
<context>
    <name>DesignText</name>
    <message>
        <location filename="../app/core/design/DesignText.cpp" line="+131"/>
        <source>Their email address</source>
        <translation>E-Mail-Adresse der Person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account ID</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (public metadata)</source>
        <translation> (öffentliche Metadaten)</translation>
    </message>
</context>
<context>
    <name>DocumentPrompter</name>
    <message>
        <location filename="../ui/project/DialogPrompter.cpp" line="+22"/>
        <source>Hookmail projects (*.hookmail);;Jsonnet templates (*.jsonnet);;All files (*)</source>
        <translation>Hookmail-Projekte (*.hookmail);;Jsonnet-Vorlagen (*.jsonnet);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do you want to save the changes to &quot;%1&quot;?</source>
        <translation>Möchten Sie die Änderungen an „%1“ speichern?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation>Ihre Änderungen gehen verloren, wenn Sie sie nicht speichern.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save project</source>
        <translation>Projekt speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hookmail projects (*.hookmail)</source>
        <translation>Hookmail-Projekte (*.hookmail)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recover unsaved changes?</source>
        <translation>Ungespeicherte Änderungen wiederherstellen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hookmail was closed without saving &quot;%1&quot;. Its unsaved changes from %2 were kept.</source>
        <translation>Hookmail wurde beendet, ohne „%1“ zu speichern. Die ungespeicherten Änderungen vom %2 wurden aufbewahrt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recover</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard them</source>
        <translation>Verwerfen</translation>
    </message>
</context>
<context>
    <name>EmailFormGenerator</name>
    <message>
        <location filename="../app/core/model/FormMigration.cpp" line="+28"/>
        <source>The field &quot;%1.%2&quot; must be text.</source>
        <translation>Das Feld „%1.%2“ muss Text sein.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The field &quot;%1.%2&quot; must be a list of texts.</source>
        <translation>Das Feld „%1.%2“ muss eine Liste von Texten sein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The field &quot;%1.%2[%3]&quot; must be text.</source>
        <translation>Das Feld „%1.%2[%3]“ muss Text sein.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The field &quot;%1.recipientSources&quot; holds &quot;%2&quot;; use &quot;verified&quot;, &quot;address&quot; or &quot;trait:&lt;name&gt;&quot;.</source>
        <translation>Das Feld „%1.recipientSources“ enthält „%2“; verwenden Sie &quot;verified&quot;, &quot;address&quot; oder &quot;trait:&lt;name&gt;&quot;.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/project/ExportDialog.ui" line="+6"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Export as</source>
        <translation>&amp;Exportieren als</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export format</source>
        <translation>Exportformat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Include my Mandrill key (secret)</source>
        <translation>Meinen Mandrill-Schlüssel einschließen (geheim)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include my Mandrill key in the export</source>
        <translation>Meinen Mandrill-Schlüssel in den Export aufnehmen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Files of the export</source>
        <translation>Dateien des Exports</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contents of the selected file</source>
        <translation>Inhalt der ausgewählten Datei</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected file to the clipboard</source>
        <translation>Die ausgewählte Datei in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save to folder…</source>
        <translation>In Ordner &amp;speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save every file of the export into a folder</source>
        <translation>Alle Dateien des Exports in einem Ordner speichern</translation>
    </message>
</context>
<context>
    <name>FireAnalysis</name>
    <message>
        <location filename="../app/core/ory/FireAnalysis.cpp" line="+61"/>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>“Ignore the response” and “parse the response” cannot be combined: Ory refuses such a hook when it runs. Keep only “ignore the response” for an email.</source>
        <translation>„Antwort ignorieren“ und „Antwort auswerten“ lassen sich nicht kombinieren: Ory lehnt einen solchen Hook bei der Ausführung ab. Behalten Sie für eine E-Mail nur „Antwort ignorieren“.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“Parse the response” fails on every sign-up with Mandrill: Mandrill answers with a list, Ory expects an object. Switch to “ignore the response”.</source>
        <translation>„Antwort auswerten“ schlägt mit Mandrill bei jeder Registrierung fehl: Mandrill antwortet mit einer Liste, Ory erwartet ein Objekt. Wechseln Sie zu „Antwort ignorieren“.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This action is not in the project yet: nothing is sent until you push it.</source>
        <translation>Diese Action ist noch nicht im Projekt: Es wird nichts gesendet, bis Sie sie übertragen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 never runs: this project uses per-method lists for %2, and Ory then ignores the generic list. Add the action to the method lists instead.</source>
        <translation>%1 wird nie ausgeführt: Dieses Projekt verwendet für %2 Listen pro Methode, und Ory ignoriert dann die allgemeine Liste. Fügen Sie die Action stattdessen den Methodenlisten hinzu.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: nothing is sent from here yet. Ory uses this list only when SAML single sign-on is switched on (selfservice.methods.saml.enabled), and this project has it off. Keeping it does no harm: the email starts going out as soon as SAML is switched on in the Ory Console.</source>
        <translation>%1: Von hier wird noch nichts gesendet. Ory nutzt diese Liste nur, wenn SAML-Single-Sign-on eingeschaltet ist (selfservice.methods.saml.enabled), und in diesem Projekt ist es aus. Die Liste zu behalten schadet nicht: Die E-Mail wird verschickt, sobald SAML in der Ory Console eingeschaltet wird.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 also holds someone else&apos;s hook (%2) that breaks Ory&apos;s configuration rules: %3 Ory checks the whole configuration on every change, so it can refuse this push until that hook is fixed in the Ory Console.</source>
        <translation>%1 enthält auch einen fremden Hook (%2), der gegen die Konfigurationsregeln von Ory verstößt: %3 Ory prüft bei jeder Änderung die gesamte Konfiguration und kann dieses Übertragen daher ablehnen, bis dieser Hook in der Ory Console korrigiert ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 also holds someone else&apos;s hook (%2) that fails every time it runs: %3 Unless its response is ignored, the failure also stops the hooks after it.</source>
        <translation>%1 enthält auch einen fremden Hook (%2), der bei jeder Ausführung fehlschlägt: %3 Sofern seine Antwort nicht ignoriert wird, hält der Fehler auch die Hooks nach ihm an.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 also signs the user in (`session`). Ory runs `session` last, so the email is sent first (Kratos v1.2 and later; on older self-hosted Kratos hooks after `session` never run).</source>
        <translation>%1 meldet den Benutzer auch an (`session`). Ory führt `session` zuletzt aus, daher wird die E-Mail zuerst gesendet (ab Kratos v1.2; bei älterem, selbst gehostetem Kratos laufen Hooks nach `session` nie).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>With “parse the response” the hook runs before the account is saved: ctx.identity.id is all zeros and the sign-up waits for the answer.</source>
        <translation>Mit „Antwort auswerten“ läuft der Hook, bevor das Konto gespeichert ist: ctx.identity.id besteht nur aus Nullen und die Registrierung wartet auf die Antwort.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>If Mandrill is slow or fails, the person signing up sees an error although the account was already created. Turn on “ignore the response”.</source>
        <translation>Wenn Mandrill langsam ist oder ausfällt, sieht die Person bei der Registrierung einen Fehler, obwohl das Konto bereits angelegt wurde. Schalten Sie „Antwort ignorieren“ ein.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: no email. The project allows this method but the action is not attached to it.</source>
        <translation>%1: keine E-Mail. Das Projekt erlaubt diese Methode, aber die Action ist ihr nicht zugeordnet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ory will run this action at every hook point it is attached to, except SAML single sign-on, which is switched off in this project.</source>
        <translation>Ory führt diese Aktion an jedem Hook-Punkt aus, an dem sie hängt, außer bei SAML-Single-Sign-on, das in diesem Projekt ausgeschaltet ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Once pushed, Ory will run this action at every hook point it is attached to, except SAML single sign-on, which is switched off in this project.</source>
        <translation>Nach dem Veröffentlichen führt Ory diese Aktion an jedem Hook-Punkt aus, an dem sie hängt, außer bei SAML-Single-Sign-on, das in diesem Projekt ausgeschaltet ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ory will run this action at every hook point it is attached to.</source>
        <translation>Ory führt diese Action an jedem Hook-Punkt aus, dem sie zugeordnet ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Once pushed, Ory will run this action at every hook point it is attached to.</source>
        <translation>Nach dem Übertragen führt Ory diese Action an jedem Hook-Punkt aus, dem sie zugeordnet ist.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ignored by Ory: per-method lists are in use</source>
        <translation>von Ory ignoriert: Listen pro Methode werden verwendet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(body is not valid base64: Ory fails this hook)</source>
        <translation>(Body ist kein gültiges base64: Ory lässt diesen Hook fehlschlagen)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(loaded by Ory from %1)</source>
        <translation>(von Ory geladen aus %1)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(no hooks)</source>
        <translation>(keine Hooks)</translation>
    </message>
</context>
<context>
    <name>HeaderAllowlist</name>
    <message>
        <location filename="../app/core/model/HeaderAllowlist.cpp" line="+47"/>
        <source>The configuration&apos;s %1 is not a list of header names, so Ory would refuse it. Fix it in the configuration, then read it again.</source>
        <translation>%1 in der Konfiguration ist keine Liste von Header-Namen, daher würde Ory sie ablehnen. Korrigieren Sie es in der Konfiguration und lesen Sie sie dann erneut.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The configuration&apos;s %1 holds something other than header names (%2). Fix it in the configuration, then read it again.</source>
        <translation>%1 in der Konfiguration enthält etwas anderes als Header-Namen (%2). Korrigieren Sie es in der Konfiguration und lesen Sie sie dann erneut.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot read the Kratos configuration %1: %2.</source>
        <translation>Die Kratos-Konfiguration %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is %2 KiB; a Kratos configuration is far smaller. Choose the kratos.yml your Kratos starts with.</source>
        <translation>%1 ist %2 KiB groß; eine Kratos-Konfiguration ist viel kleiner. Wählen Sie die kratos.yml, mit der Ihr Kratos startet.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is not a readable YAML or JSON configuration. Check that it is the kratos.yml your Kratos starts with.</source>
        <translation>%1 ist keine lesbare YAML- oder JSON-Konfiguration. Prüfen Sie, ob es die kratos.yml ist, mit der Ihr Kratos startet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 does not hold a Kratos configuration (its top level is not a set of keys, or it holds several documents).</source>
        <translation>%1 enthält keine Kratos-Konfiguration (die oberste Ebene ist keine Menge von Schlüsseln, oder die Datei enthält mehrere Dokumente).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The project&apos;s &quot;%1&quot; field should be an object.</source>
        <translation>Das Feld „%1“ des Projekts sollte ein Objekt sein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>The project&apos;s &quot;%1.headers&quot; field should be a list of header names.</source>
        <translation>Das Feld „%1.headers“ des Projekts sollte eine Liste von Header-Namen sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The project&apos;s &quot;%1.source&quot; field should be a text.</source>
        <translation>Das Feld „%1.source“ des Projekts sollte ein Text sein.</translation>
    </message>
</context>
<context>
    <name>HookPlan</name>
    <message>
        <location filename="../app/core/ory/HookPlan.cpp" line="+244"/>
        <source>The project&apos;s configuration has an unexpected value at %1 (not an object), so Hookmail cannot add a hook list there. Fix it in the Ory Console first.</source>
        <translation>Die Konfiguration des Projekts hat bei %1 einen unerwarteten Wert (kein Objekt), daher kann Hookmail dort keine Hook-Liste hinzufügen. Korrigieren Sie dies zuerst in der Ory Console.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing was sent: Ory returned someone else&apos;s hook in %1 (%2) with its %3 hidden (empty or masked). Hookmail only ever changes its own hook, but Ory is known to lose such secrets when hook lists are saved, and a rollback could not restore a secret it cannot see. Open that hook in the Ory Console, check its %3 (enter it again if it was lost), then try again.</source>
        <translation>Es wurde nichts gesendet: Ory hat einen fremden Hook in %1 (%2) zurückgegeben, dessen Geheimnis (%3) verborgen ist (leer oder maskiert). Hookmail ändert immer nur seinen eigenen Hook, aber Ory verliert bekanntermaßen solche Geheimnisse beim Speichern von Hook-Listen, und ein Zurücksetzen könnte ein Geheimnis, das es nicht sehen kann, nicht wiederherstellen. Öffnen Sie diesen Hook in der Ory Console, prüfen Sie das Geheimnis (%3) und geben Sie es erneut ein, falls es verloren gegangen ist; versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>basic-auth password</source>
        <translation>Basic-Auth-Passwort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>API key value</source>
        <translation>Wert des API-Schlüssels</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Internal error: the computed change to the hook list %1 does not apply.</source>
        <translation>Interner Fehler: Die berechnete Änderung an der Hook-Liste %1 lässt sich nicht anwenden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Internal error: the computed change does not give the planned hook list %1.</source>
        <translation>Interner Fehler: Die berechnete Änderung ergibt nicht die geplante Hook-Liste %1.</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>(not a hook)</source>
        <translation>(kein Hook)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>id %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>response ignored</source>
        <translation>Antwort ignoriert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>response parsed, runs before the identity is saved</source>
        <translation>Antwort ausgewertet, läuft vor dem Speichern der Identität</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>blocking</source>
        <translation>blockierend</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The action “%1” has no hook id, so Hookmail could not recognise it in the project later. Save the project again to give it one.</source>
        <translation>Die Action „%1“ hat keine Hook-ID, daher könnte Hookmail sie später im Projekt nicht wiedererkennen. Speichern Sie das Projekt erneut, damit sie eine erhält.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The action “%1” is not attached to any hook point (for example “After sign-up with password”). Choose at least one before pushing.</source>
        <translation>Die Action „%1“ ist keinem Hook-Punkt zugeordnet (zum Beispiel „Nach der Registrierung mit Passwort“). Wählen Sie vor dem Übertragen mindestens einen aus.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>“%1” is ignored by Ory because the project uses per-method lists, so the hook goes into those lists instead: %2.</source>
        <translation>„%1“ wird von Ory ignoriert, weil das Projekt Listen pro Methode verwendet; der Hook kommt daher stattdessen in diese Listen: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not pushed to %1: Ory never runs hooks in this generic list while the per-method lists (%2) are in use. Attach the action to those methods instead (or push with “move to method lists”).</source>
        <translation>Nicht nach %1 übertragen: Ory führt Hooks in dieser allgemeinen Liste nie aus, solange die Listen pro Methode (%2) verwendet werden. Ordnen Sie die Action stattdessen diesen Methoden zu (oder übertragen Sie mit „in Methodenlisten verschieben“).</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 had Hookmail&apos;s hook %2 times; the copies are removed.</source>
        <translation>%1 enthielt den Hook von Hookmail %2-mal; die Kopien werden entfernt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Removed from %1: the action is no longer attached there.</source>
        <translation>Aus %1 entfernt: Die Action ist dort nicht mehr zugeordnet.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No hook id given: Hookmail only removes hooks it can recognise.</source>
        <translation>Keine Hook-ID angegeben: Hookmail entfernt nur Hooks, die es wiedererkennt.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1 is kept: Hookmail created it, but it holds other hooks by now; only Hookmail&apos;s hook is removed from it.</source>
        <translation>%1 bleibt erhalten: Hookmail hat die Liste angelegt, aber inzwischen enthält sie weitere Hooks; nur der Hook von Hookmail wird daraus entfernt.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The change could not be applied to the project&apos;s configuration (%1).</source>
        <translation>Die Änderung konnte nicht auf die Konfiguration des Projekts angewendet werden (%1).</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1 (missing in Ory&apos;s answer)</source>
        <translation>%1 (fehlt in Orys Antwort)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (in Ory&apos;s answer, not in the change)</source>
        <translation>%1 (in Orys Antwort, nicht in der Änderung)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (a different value in Ory&apos;s answer)</source>
        <translation>%1 (anderer Wert in Orys Antwort)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>In %1 Ory keeps the template of Hookmail&apos;s hook as a stored copy at %2. That copy contains the Mandrill key, and its link needs no credentials: anyone who has it can read the key. Use a Mandrill key that may only send (messages/send, and messages/send-template for templates kept in Mandrill), and replace the key if the link leaks.</source>
        <translation>In %1 bewahrt Ory die Vorlage des Hooks von Hookmail als gespeicherte Kopie unter %2 auf. Diese Kopie enthält den Mandrill-Schlüssel, und ihr Link braucht keine Zugangsdaten: Jeder, der ihn hat, kann den Schlüssel lesen. Verwenden Sie einen Mandrill-Schlüssel, der nur senden darf (messages/send, und messages/send-template für in Mandrill gespeicherte Vorlagen), und ersetzen Sie den Schlüssel, falls der Link bekannt wird.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No change: the project already has exactly this.</source>
        <translation>Keine Änderung: Das Projekt hat bereits genau diesen Stand.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(new list)</source>
        <translation>(neue Liste)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(list removed)</source>
        <translation>(Liste entfernt)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>[replaced in place: body or settings changed]</source>
        <translation>[an Ort und Stelle ersetzt: Body oder Einstellungen geändert]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
</context>
<context>
    <name>HookPoint</name>
    <message>
        <location filename="../app/core/model/HookPoint.cpp" line="+22"/>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Google/GitHub (social)</source>
        <translation>Google/GitHub (sozial)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a one-time code</source>
        <translation>einem Einmalcode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a passkey</source>
        <translation>einem Passkey</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a security key (WebAuthn)</source>
        <translation>einem Sicherheitsschlüssel (WebAuthn)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an authenticator app (TOTP)</source>
        <translation>einer Authenticator-App (TOTP)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a backup code</source>
        <translation>einem Backup-Code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SAML single sign-on</source>
        <translation>SAML-Single-Sign-on</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Before sign-up starts</source>
        <translation>Bevor die Registrierung beginnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before sign-in starts</source>
        <translation>Bevor die Anmeldung beginnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before account settings open</source>
        <translation>Bevor sich die Kontoeinstellungen öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before account recovery starts</source>
        <translation>Bevor die Kontowiederherstellung beginnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before address verification starts</source>
        <translation>Bevor die Adressbestätigung beginnt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>After account recovery</source>
        <translation>Nach der Kontowiederherstellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After an address is verified</source>
        <translation>Nachdem eine Adresse bestätigt wurde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>After sign-up (generic list, used only when no method list exists)</source>
        <translation>Nach der Registrierung (allgemeine Liste, nur verwendet, wenn keine Methodenliste existiert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After sign-in (generic list, used only when no method list exists)</source>
        <translation>Nach der Anmeldung (allgemeine Liste, nur verwendet, wenn keine Methodenliste existiert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After settings change (generic list, used only when no method list exists)</source>
        <translation>Nach einer Einstellungsänderung (allgemeine Liste, nur verwendet, wenn keine Methodenliste existiert)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After sign-up with %1</source>
        <translation>Nach der Registrierung mit %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After sign-in with %1</source>
        <translation>Nach der Anmeldung mit %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After a profile change</source>
        <translation>Nach einer Profiländerung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After changing %1</source>
        <translation>Nach einer Einstellungsänderung mit %1</translation>
    </message>
</context>
<context>
    <name>JsonnetEngine</name>
    <message>
        <location filename="../app/eval/JsonnetEngine.cpp" line="+240"/>
        <source>The template contains a NUL byte (character code 0) here; Jsonnet cannot read it. Delete it.</source>
        <translation>Die Vorlage enthält hier ein NUL-Byte (Zeichencode 0), das Jsonnet nicht lesen kann. Löschen Sie es.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The template is not valid UTF-8 here (byte 0x%1); Jsonnet templates must be UTF-8 text. Retype the character or save the file as UTF-8.</source>
        <translation>Die Vorlage ist hier kein gültiges UTF-8 (Byte 0x%1); Jsonnet-Vorlagen müssen UTF-8-Text sein. Geben Sie das Zeichen neu ein oder speichern Sie die Datei als UTF-8.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The template starts with an invisible byte-order mark (U+FEFF), which Ory cannot read: Ory would fail the hook. Save the file as UTF-8 without BOM, or delete the first character.</source>
        <translation>Die Vorlage beginnt mit einer unsichtbaren Byte-Order-Markierung (U+FEFF), die Ory nicht lesen kann: Der Hook würde in Ory fehlschlagen. Speichern Sie die Datei als UTF-8 ohne BOM oder löschen Sie das erste Zeichen.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The template&apos;s output is %1 bytes; Ory accepts at most %2 bytes of Jsonnet output (256 KiB including its end marker) and would fail the hook.</source>
        <translation>Die Ausgabe der Vorlage ist %1 Bytes groß; Ory akzeptiert höchstens %2 Bytes Jsonnet-Ausgabe (256 KiB einschließlich Endmarkierung) und würde den Hook fehlschlagen lassen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>hook skipped (cancelled)</source>
        <translation>Hook übersprungen (abgebrochen)</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <location filename="../app/core/secrets/KeychainSecretStore.cpp" line="+35"/>
        <source>You declined access to the keychain, so the key was not %1.</source>
        <translation>Sie haben den Zugriff auf den Schlüsselbund abgelehnt, daher wurde der Schlüssel nicht %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keychain refused access, so the key was not %1. It may be locked: unlock it (for example by logging in again) and retry.</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert, daher wurde der Schlüssel nicht %1. Er ist möglicherweise gesperrt: Entsperren Sie ihn (zum Beispiel durch erneutes Anmelden am System) und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The keychain could not delete the key. Remove the “Hookmail” entry with your keychain tool (for example Passwords and Keys).</source>
        <translation>Der Schlüsselbund konnte den Schlüssel nicht löschen. Entfernen Sie den Eintrag „Hookmail“ mit Ihrem Schlüsselbund-Programm (zum Beispiel „Passwörter und Verschlüsselung“).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The keychain reported an error, so the key was not %1: %2</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet, daher wurde der Schlüssel nicht %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No keychain is available (is gnome-keyring running?). Hookmail keeps keys only in the system keychain, never in a plain file. Start your desktop&apos;s keyring (GNOME Keyring or KWallet) and try again, or keep the key for this run only.</source>
        <translation>Es ist kein Schlüsselbund verfügbar (läuft gnome-keyring?). Hookmail bewahrt Schlüssel nur im Schlüsselbund des Systems auf, nie in einer einfachen Datei. Starten Sie den Schlüsselbund Ihrer Arbeitsumgebung (GNOME Keyring oder KWallet) und versuchen Sie es erneut, oder behalten Sie den Schlüssel nur für diese Sitzung.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>macOS Keychain</source>
        <translation>macOS-Schlüsselbund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows Credential Manager</source>
        <translation>Windows-Anmeldeinformationsverwaltung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>system keychain (Secret Service: GNOME Keyring or KWallet)</source>
        <translation>Schlüsselbund des Systems (Secret Service: GNOME Keyring oder KWallet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no keychain available</source>
        <translation>kein Schlüsselbund verfügbar</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>read</source>
        <translation>gelesen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>saved</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
</context>
<context>
    <name>Mandrill</name>
    <message>
        <location filename="../app/core/mandrill/MandrillClient.cpp" line="+35"/>
        <source>Mandrill did not answer within %1 seconds. Check your internet connection and try again later.</source>
        <translation>Mandrill hat nicht innerhalb von %1 Sekunden geantwortet. Prüfen Sie Ihre Internetverbindung und versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The message may still have been sent; look in Mandrill → Outbound → Activity before sending again.</source>
        <translation>Die Nachricht wurde möglicherweise trotzdem gesendet; sehen Sie unter Mandrill → Outbound → Activity nach, bevor Sie erneut senden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not connect to %1: the connection was refused. Check the Mandrill base URL in Settings (for a local mock: is it running?).</source>
        <translation>Keine Verbindung zu %1: Die Verbindung wurde abgelehnt. Prüfen Sie die Mandrill-Basis-URL in den Einstellungen (bei einem lokalen Mock: Läuft er?).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server name “%1” could not be found. Check your internet connection and the Mandrill base URL in Settings.</source>
        <translation>Der Servername „%1“ wurde nicht gefunden. Prüfen Sie Ihre Internetverbindung und die Mandrill-Basis-URL in den Einstellungen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The secure connection to %1 could not be verified (%2). Hookmail does not send your key over a connection it cannot verify. If your network inspects HTTPS traffic, ask your administrator to install its certificate on this computer.</source>
        <translation>Die sichere Verbindung zu %1 konnte nicht überprüft werden (%2). Hookmail sendet Ihren Schlüssel nicht über eine Verbindung, die es nicht überprüfen kann. Wenn Ihr Netzwerk HTTPS-Verkehr untersucht, bitten Sie Ihre Administration, das zugehörige Zertifikat auf diesem Computer zu installieren.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The connection to %1 closed before the whole answer arrived. Try again.</source>
        <translation>Die Verbindung zu %1 wurde geschlossen, bevor die vollständige Antwort ankam. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The message may have been sent; look in Mandrill → Outbound → Activity before sending again.</source>
        <translation>Die Nachricht wurde möglicherweise gesendet; sehen Sie unter Mandrill → Outbound → Activity nach, bevor Sie erneut senden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not reach Mandrill at %1: %2. Check your internet connection and the Mandrill base URL in Settings.</source>
        <translation>Mandrill unter %1 ist nicht erreichbar: %2. Prüfen Sie Ihre Internetverbindung und die Mandrill-Basis-URL in den Einstellungen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No Mandrill key is set. Enter it in Settings → Mandrill key (or set HOOKMAIL_MANDRILL_KEY for the command line).</source>
        <translation>Es ist kein Mandrill-Schlüssel festgelegt. Geben Sie ihn unter Einstellungen → Mandrill-Schlüssel ein (oder setzen Sie HOOKMAIL_MANDRILL_KEY für die Kommandozeile).</translation>
    </message>
    <message>
        <location filename="../app/core/mandrill/MandrillParsing.cpp" line="+33"/>
        <source>Mandrill&apos;s answer did not have the expected shape. The Mandrill base URL in Settings may point at something that is not Mandrill&apos;s API; check it (normally https://mandrillapp.com/api/1.0).</source>
        <translation>Mandrills Antwort hatte nicht die erwartete Form. Die Mandrill-Basis-URL in den Einstellungen zeigt möglicherweise auf etwas anderes als Mandrills API; prüfen Sie sie (normalerweise https://mandrillapp.com/api/1.0).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server sent an empty answer instead of Mandrill&apos;s JSON. A proxy or firewall may have cut the connection; try again, and check the Mandrill base URL in Settings.</source>
        <translation>Der Server hat statt Mandrills JSON eine leere Antwort gesendet. Möglicherweise hat ein Proxy oder eine Firewall die Verbindung getrennt; versuchen Sie es erneut und prüfen Sie die Mandrill-Basis-URL in den Einstellungen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server answered with a web page (HTML) instead of Mandrill&apos;s JSON. Check the Mandrill base URL in Settings (normally https://mandrillapp.com/api/1.0) and whether a proxy or captive portal is in the way.</source>
        <translation>Der Server hat statt mit Mandrills JSON mit einer Webseite (HTML) geantwortet. Prüfen Sie die Mandrill-Basis-URL in den Einstellungen (normalerweise https://mandrillapp.com/api/1.0) und ob ein Proxy oder ein Captive Portal dazwischenliegt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Mandrill&apos;s answer was cut off before its end (incomplete JSON). The connection was probably interrupted; try again.</source>
        <translation>Mandrills Antwort wurde vor ihrem Ende abgeschnitten (unvollständiges JSON). Die Verbindung wurde vermutlich unterbrochen; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s answer is not valid JSON, so it is probably not Mandrill. Check the Mandrill base URL in Settings.</source>
        <translation>Die Antwort des Servers ist kein gültiges JSON, es handelt sich also wahrscheinlich nicht um Mandrill. Prüfen Sie die Mandrill-Basis-URL in den Einstellungen.</translation>
    </message>
    <message>
        <location filename="../app/core/mandrill/MandrillErrors.cpp" line="+40"/>
        <source>Mandrill rejected the key (Invalid_Key): it looks like a Mailchimp Marketing API key (it ends in “%1”). Mandrill needs its own Transactional key: in Mailchimp open Account → Extras → API keys → “Create A Mandrill API Key” (or mandrillapp.com → Settings → SMTP &amp; API Info → “+ Add API Key”) and paste that key instead.</source>
        <translation>Mandrill hat den Schlüssel abgelehnt (Invalid_Key): Er sieht aus wie ein API-Schlüssel für Mailchimp Marketing (er endet auf „%1“). Mandrill braucht einen eigenen Transactional-Schlüssel: Öffnen Sie in Mailchimp Account → Extras → API keys → „Create A Mandrill API Key“ (oder mandrillapp.com → Settings → SMTP &amp; API Info → „+ Add API Key“) und fügen Sie stattdessen diesen Schlüssel ein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mandrill rejected the request because no key was sent (Invalid_Key). Enter your Mandrill API key in Settings → Mandrill key.</source>
        <translation>Mandrill hat die Anfrage abgelehnt, weil kein Schlüssel gesendet wurde (Invalid_Key). Geben Sie Ihren Mandrill-API-Schlüssel unter Einstellungen → Mandrill-Schlüssel ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mandrill rejected the key (Invalid_Key). Check that you copied the whole key, that it is a Mailchimp Transactional (Mandrill) key and that it was not deleted in mandrillapp.com → Settings → SMTP &amp; API Info.</source>
        <translation>Mandrill hat den Schlüssel abgelehnt (Invalid_Key). Prüfen Sie, ob Sie den ganzen Schlüssel kopiert haben, ob es ein Schlüssel für Mailchimp Transactional (Mandrill) ist und ob er nicht unter mandrillapp.com → Settings → SMTP &amp; API Info gelöscht wurde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If the key is restricted to some API calls (for example only messages/send, as recommended for Ory), it has no permission for templates: picking and checking a template needs templates/list, templates/info and templates/render (a separate key for Hookmail is fine); the key pushed to Ory needs messages/send-template.</source>
        <translation>Wenn der Schlüssel auf bestimmte API-Aufrufe beschränkt ist (zum Beispiel nur messages/send, wie für Ory empfohlen), darf er keine Vorlagen verwenden: Zum Auswählen und Prüfen einer Vorlage braucht er templates/list, templates/info und templates/render (ein eigener Schlüssel für Hookmail ist in Ordnung); der an Ory übertragene Schlüssel braucht messages/send-template.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>If the key is restricted to some API calls (for example only messages/send, as recommended for Ory), Mandrill may refuse this check although sending works; try a test send.</source>
        <translation>Wenn der Schlüssel auf bestimmte API-Aufrufe beschränkt ist (zum Beispiel nur messages/send, wie für Ory empfohlen), lehnt Mandrill diese Prüfung möglicherweise ab, obwohl das Senden funktioniert; versuchen Sie einen Testversand.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Mandrill refused because this needs a paid feature or a positive account balance (PaymentRequired), for example scheduling with send_at. Remove that option from the template or add credit in Mandrill → Account → Billing.</source>
        <translation>Mandrill hat abgelehnt, weil dies eine kostenpflichtige Funktion oder ein positives Guthaben erfordert (PaymentRequired), zum Beispiel zeitgesteuertes Senden mit send_at. Entfernen Sie diese Option aus der Vorlage oder laden Sie Guthaben unter Mandrill → Account → Billing auf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mandrill found a problem in the request (ValidationError): “%1”. Fix the named field in the template and try again.</source>
        <translation>Mandrill hat ein Problem in der Anfrage gefunden (ValidationError): „%1“. Korrigieren Sie das genannte Feld in der Vorlage und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The subaccount named in the template does not exist in this Mandrill account (Unknown_Subaccount): “%1”. Create it in Mandrill → Subaccounts or remove “subaccount” from the template.</source>
        <translation>Das in der Vorlage genannte Unterkonto existiert in diesem Mandrill-Konto nicht (Unknown_Subaccount): „%1“. Legen Sie es unter Mandrill → Subaccounts an oder entfernen Sie „subaccount“ aus der Vorlage.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mandrill had an internal error (GeneralError): “%1”. This is on Mandrill&apos;s side, not in your template; try again in a few minutes.</source>
        <translation>Bei Mandrill ist ein interner Fehler aufgetreten (GeneralError): „%1“. Das Problem liegt bei Mandrill, nicht in Ihrer Vorlage; versuchen Sie es in ein paar Minuten erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Part of Mandrill is temporarily unavailable (ServiceUnavailable). Try again in a few minutes.</source>
        <translation>Ein Teil von Mandrill ist vorübergehend nicht verfügbar (ServiceUnavailable). Versuchen Sie es in ein paar Minuten erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many requests to Mandrill in a short time (RequestLimitExceeded). Wait a minute and try again.</source>
        <translation>Zu viele Anfragen an Mandrill in kurzer Zeit (RequestLimitExceeded). Warten Sie eine Minute und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mandrill has no template with that name (Unknown_Template): “%1”. Use the template&apos;s slug as shown in Mandrill → Templates.</source>
        <translation>Mandrill hat keine Vorlage mit diesem Namen (Unknown_Template): „%1“. Verwenden Sie den Slug der Vorlage, wie er unter Mandrill → Templates angezeigt wird.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mandrill refused the request (%1): “%2”.</source>
        <translation>Mandrill hat die Anfrage abgelehnt (%1): „%2“.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mandrill is limiting requests (HTTP 429 Too Many Requests). Wait a minute and try again.</source>
        <translation>Mandrill begrenzt die Anfragen (HTTP 429 Too Many Requests). Warten Sie eine Minute und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A gateway between Hookmail and Mandrill got no valid answer from Mandrill (HTTP 502 Bad Gateway). This is not caused by your template; try again in a few minutes.</source>
        <translation>Ein Gateway zwischen Hookmail und Mandrill hat von Mandrill keine gültige Antwort erhalten (HTTP 502 Bad Gateway). Das liegt nicht an Ihrer Vorlage; versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mandrill is temporarily unavailable (HTTP 503 Service Unavailable), for example during maintenance. This is not caused by your template; try again in a few minutes.</source>
        <translation>Mandrill ist vorübergehend nicht erreichbar (HTTP 503 Service Unavailable), zum Beispiel wegen Wartungsarbeiten. Das liegt nicht an Ihrer Vorlage; versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Mandrill server had a problem (HTTP %1). This is not caused by your template; try again in a few minutes.</source>
        <translation>Der Mandrill-Server hatte ein Problem (HTTP %1). Das liegt nicht an Ihrer Vorlage; versuchen Sie es in ein paar Minuten erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The answer was a web page, not Mandrill&apos;s JSON, which usually comes from a proxy or load balancer in between.</source>
        <translation>Die Antwort war eine Webseite statt Mandrills JSON; das kommt meist von einem dazwischengeschalteten Proxy oder Load Balancer.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The request does not match Mandrill&apos;s API (%1): %2.</source>
        <translation>Die Anfrage passt nicht zu Mandrills API (%1): %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing answers at this address (HTTP 404). Check the Mandrill base URL in Settings: normally https://mandrillapp.com/api/1.0, or http://127.0.0.1:PORT for a local mock.</source>
        <translation>Unter dieser Adresse antwortet nichts (HTTP 404). Prüfen Sie die Mandrill-Basis-URL in den Einstellungen: normalerweise https://mandrillapp.com/api/1.0 oder http://127.0.0.1:PORT für einen lokalen Mock.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server could not understand the request (HTTP 400 Bad Request). Check the Mandrill base URL in Settings; if it is right, check that the template renders a valid body.</source>
        <translation>Der Server hat die Anfrage nicht verstanden (HTTP 400 Bad Request). Prüfen Sie die Mandrill-Basis-URL in den Einstellungen; wenn sie stimmt, prüfen Sie, ob die Vorlage einen gültigen Inhalt erzeugt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server did not accept the key (HTTP 401 Unauthorized). Check the Mandrill key in Settings → Mandrill key: it must be a Transactional key, not a Marketing one.</source>
        <translation>Der Server hat den Schlüssel nicht akzeptiert (HTTP 401 Unauthorized). Prüfen Sie den Mandrill-Schlüssel unter Einstellungen → Mandrill-Schlüssel: Es muss ein Transactional-Schlüssel sein, kein Marketing-Schlüssel.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mandrill wants payment first (HTTP 402 Payment Required): the account needs credit or a paid plan. Check Mandrill → Account → Billing.</source>
        <translation>Mandrill verlangt zuerst eine Zahlung (HTTP 402 Payment Required): Das Konto braucht Guthaben oder einen bezahlten Tarif. Prüfen Sie Mandrill → Account → Billing.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server refused access (HTTP 403 Forbidden). The key may not be allowed to make this call (check its API restrictions in Mandrill → Settings → SMTP &amp; API Info), or a network filter blocks it.</source>
        <translation>Der Server hat den Zugriff verweigert (HTTP 403 Forbidden). Der Schlüssel darf diesen Aufruf vielleicht nicht ausführen (prüfen Sie seine API-Einschränkungen unter Mandrill → Settings → SMTP &amp; API Info), oder ein Netzwerkfilter blockiert ihn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server reported a conflict (HTTP 409 Conflict), which Mandrill&apos;s API never does. Check the Mandrill base URL in Settings.</source>
        <translation>Der Server hat einen Konflikt gemeldet (HTTP 409 Conflict), was die Mandrill-API nie tut. Prüfen Sie die Mandrill-Basis-URL in den Einstellungen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server could not process the request (HTTP 422 Unprocessable Content). Check the rendered body: from_email, to and subject must be filled in.</source>
        <translation>Der Server konnte die Anfrage nicht verarbeiten (HTTP 422 Unprocessable Content). Prüfen Sie den erzeugten Inhalt: from_email, to und subject müssen ausgefüllt sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server refused the request (HTTP %1). Check the Mandrill base URL in Settings.</source>
        <translation>Der Server hat die Anfrage abgelehnt (HTTP %1). Prüfen Sie die Mandrill-Basis-URL in den Einstellungen.</translation>
    </message>
    <message>
        <location filename="../app/core/mandrill/MandrillExplanations.cpp" line="+23"/>
        <source>Sent: Mandrill accepted the message and handed it on for delivery.</source>
        <translation>Gesendet: Mandrill hat die Nachricht angenommen und zur Zustellung weitergegeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued: Mandrill accepted the message and will send it a little later.</source>
        <translation>In der Warteschlange: Mandrill hat die Nachricht angenommen und sendet sie etwas später.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scheduled: Mandrill will send the message at the time given in send_at.</source>
        <translation>Geplant: Mandrill sendet die Nachricht zu dem in send_at angegebenen Zeitpunkt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected: Mandrill did not send the message.</source>
        <translation>Abgelehnt: Mandrill hat die Nachricht nicht gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid: Mandrill did not send the message because it considers the address invalid; check it for typos.</source>
        <translation>Ungültig: Mandrill hat die Nachricht nicht gesendet, weil es die Adresse für ungültig hält; prüfen Sie sie auf Tippfehler.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mandrill answered with the status “%1”.</source>
        <translation>Mandrill hat mit dem Status „%1“ geantwortet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sending domain of the from address is not verified in Mandrill (domain ownership, SPF and DKIM). Add and verify it in Mandrill → Settings → Domains → Sending Domains, then send again; the domain check shows what is missing.</source>
        <translation>Die Absenderdomain der Absenderadresse ist in Mandrill nicht bestätigt (Domain-Inhaberschaft, SPF und DKIM). Fügen Sie sie unter Mandrill → Settings → Domains → Sending Domains hinzu, bestätigen Sie sie und senden Sie dann erneut; die Domainprüfung zeigt, was fehlt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This address bounced permanently before, so it is on Mandrill&apos;s rejection denylist. Check the address; if it works now, remove it in Mandrill → Outbound → Rejection Denylist.</source>
        <translation>Diese Adresse hat schon einmal einen dauerhaften Bounce erzeugt und steht daher auf Mandrills Sperrliste. Prüfen Sie die Adresse; wenn sie jetzt funktioniert, entfernen Sie sie unter Mandrill → Outbound → Rejection Denylist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This address bounced temporarily several times and is on Mandrill&apos;s rejection denylist for a while. Try again later or remove it in Mandrill → Outbound → Rejection Denylist.</source>
        <translation>Diese Adresse hat mehrmals einen vorübergehenden Bounce erzeugt und steht eine Zeit lang auf Mandrills Sperrliste. Versuchen Sie es später erneut oder entfernen Sie sie unter Mandrill → Outbound → Rejection Denylist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The recipient marked an earlier message as spam, so Mandrill will not mail them again from this account.</source>
        <translation>Der Empfänger hat eine frühere Nachricht als Spam markiert, daher schreibt Mandrill ihm von diesem Konto aus nicht mehr.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The recipient unsubscribed from your messages, so Mandrill will not mail them.</source>
        <translation>Der Empfänger hat Ihre Nachrichten abbestellt, daher schreibt Mandrill ihm nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address was put on the rejection denylist by hand (Mandrill → Outbound → Rejection Denylist).</source>
        <translation>Die Adresse wurde von Hand auf die Sperrliste gesetzt (Mandrill → Outbound → Rejection Denylist).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mandrill does not accept the from address. Use an address on a sending domain you verified in Mandrill.</source>
        <translation>Mandrill akzeptiert die Absenderadresse nicht. Verwenden Sie eine Adresse auf einer Absenderdomain, die Sie in Mandrill bestätigt haben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address is not valid.</source>
        <translation>Die Adresse ist ungültig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The test key&apos;s sending limit was reached. Wait a day or use a live key.</source>
        <translation>Das Sendelimit des Testschlüssels ist erreicht. Warten Sie einen Tag oder verwenden Sie einen Live-Schlüssel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A rule in Mandrill&apos;s Rules engine rejected the message (Mandrill → Settings → Rules).</source>
        <translation>Eine Regel in Mandrills Regelwerk hat die Nachricht abgelehnt (Mandrill → Settings → Rules).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+26"/>
        <source>Mandrill gave the reason “%1”.</source>
        <translation>Mandrill hat den Grund „%1“ angegeben.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Messages with attachments are checked before sending; this is normal and it goes out shortly.</source>
        <translation>Nachrichten mit Anhängen werden vor dem Senden geprüft; das ist normal, die Nachricht geht in Kürze hinaus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Messages to many recipients are sent in the background; this is normal.</source>
        <translation>Nachrichten an viele Empfänger werden im Hintergrund gesendet; das ist normal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The free trial&apos;s sends are used up; the message waits until the account is upgraded.</source>
        <translation>Die Sendungen des kostenlosen Testzeitraums sind aufgebraucht; die Nachricht wartet, bis das Konto hochgestuft wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account&apos;s hourly sending quota is used up; the message goes out during the next hour. The quota grows with your sending reputation (see “Check key”).</source>
        <translation>Das stündliche Sendekontingent des Kontos ist aufgebraucht; die Nachricht geht in der nächsten Stunde hinaus. Das Kontingent wächst mit Ihrer Absenderreputation (siehe „Schlüssel prüfen“).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan&apos;s monthly limit is reached; the message waits until more sends are bought or the month renews.</source>
        <translation>Das Monatslimit des Tarifs ist erreicht; die Nachricht wartet, bis weitere Sendungen gekauft werden oder der nächste Monat beginnt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sending is paused for this account; resume it in Mandrill (Outbound) to send.</source>
        <translation>Das Senden ist für dieses Konto pausiert; setzen Sie es in Mandrill (Outbound) fort, um zu senden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mandrill suspended sending for this account; contact Mailchimp support.</source>
        <translation>Mandrill hat das Senden für dieses Konto gesperrt; wenden Sie sich an den Mailchimp-Support.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mandrill has a backlog for this account; the message goes out when it catches up.</source>
        <translation>Mandrill hat für dieses Konto einen Rückstau; die Nachricht geht hinaus, sobald er abgearbeitet ist.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Mandrill cannot tell from the key itself whether it is a test key. With a test key nothing is delivered: messages show up only in Mandrill&apos;s web app while it is switched to test mode, and they don&apos;t count toward your quota.</source>
        <translation>Mandrill kann am Schlüssel selbst nicht erkennen, ob es ein Testschlüssel ist. Mit einem Testschlüssel wird nichts zugestellt: Nachrichten erscheinen nur in Mandrills Web-App, solange diese im Testmodus ist, und zählen nicht zu Ihrem Kontingent.</translation>
    </message>
    <message>
        <location filename="../app/core/mandrill/SenderDomains.cpp" line="+57"/>
        <source>The from address has no domain; set a from address such as hello@your-domain.com.</source>
        <translation>Die Absenderadresse hat keine Domain; legen Sie eine Absenderadresse wie hallo@ihre-domain.de fest.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is a public mail provider: Mandrill cannot send from it. Use a from address on a domain you own.</source>
        <translation>„%1“ ist ein öffentlicher E-Mail-Anbieter: Mandrill kann nicht in dessen Namen senden. Verwenden Sie eine Absenderadresse auf einer Domain, die Ihnen gehört.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not a sending domain of this Mandrill account, so every message from it is rejected as “unsigned”. Add it in Mandrill → Settings → Domains → Sending Domains (or run “hookmail check-domain %1 --add”), then publish the DNS records Mandrill shows.</source>
        <translation>„%1“ ist keine Absenderdomain dieses Mandrill-Kontos, daher wird jede Nachricht von dort als „unsigned“ abgelehnt. Fügen Sie sie unter Mandrill → Settings → Domains → Sending Domains hinzu (oder führen Sie „hookmail check-domain %1 --add“ aus) und veröffentlichen Sie dann die DNS-Einträge, die Mandrill anzeigt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ownership verified (%1).</source>
        <translation>Inhaberschaft bestätigt (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ownership of “%1” is not verified. In Mandrill → Settings → Domains → Sending Domains click “Verify Domain” and follow the email or add the TXT record%2.</source>
        <translation>Die Inhaberschaft von „%1“ ist nicht bestätigt. Klicken Sie unter Mandrill → Settings → Domains → Sending Domains auf „Verify Domain“ und folgen Sie der E-Mail oder fügen Sie den TXT-Eintrag hinzu%2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (value “mandrill_verify.%1”)</source>
        <translation> (Wert „mandrill_verify.%1“)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SPF is valid.</source>
        <translation>SPF ist gültig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SPF is not valid%1. Add “include:spf.mandrillapp.com” to the domain&apos;s SPF (TXT) record.</source>
        <translation>SPF ist nicht gültig%1. Fügen Sie „include:spf.mandrillapp.com“ zum SPF-Eintrag (TXT) der Domain hinzu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DKIM is valid.</source>
        <translation>DKIM ist gültig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DKIM is not valid%1. Publish the DKIM record Mandrill shows for the domain (mandrill._domainkey.%2).</source>
        <translation>DKIM ist nicht gültig%1. Veröffentlichen Sie den DKIM-Eintrag, den Mandrill für die Domain anzeigt (mandrill._domainkey.%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No valid DMARC record. Mandrill does not require one, but Gmail and Yahoo expect it from bulk senders.</source>
        <translation>Kein gültiger DMARC-Eintrag. Mandrill verlangt keinen, aber Gmail und Yahoo erwarten ihn von Massenversendern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mandrill can sign mail for this domain.</source>
        <translation>Mandrill kann E-Mails für diese Domain signieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mandrill cannot sign mail for this domain yet (valid_signing is false): messages from it are rejected as “unsigned” until the steps above are done.</source>
        <translation>Mandrill kann E-Mails für diese Domain noch nicht signieren (valid_signing ist false): Nachrichten von dort werden als „unsigned“ abgelehnt, bis die obigen Schritte erledigt sind.</translation>
    </message>
</context>
<context>
    <name>MandrillKeyDialog</name>
    <message>
        <location filename="../ui/mandrill/MandrillKeyDialog.ui" line="+6"/>
        <location line="+13"/>
        <location line="+1"/>
        <source>Mandrill API key</source>
        <translation>Mandrill-API-Schlüssel</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Paste your Mailchimp Transactional (Mandrill) API key. Hookmail keeps it in the system keychain and adds it only to what is sent or pushed.</source>
        <translation>Fügen Sie Ihren API-Schlüssel für Mailchimp Transactional (Mandrill) ein. Hookmail bewahrt ihn im Schlüsselbund des Systems auf und fügt ihn nur dem hinzu, was gesendet oder übertragen wird.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Check key</source>
        <translation>Schlüssel &amp;prüfen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Remove key</source>
        <translation>Schlüssel &amp;entfernen</translation>
    </message>
</context>
<context>
    <name>MandrillTemplates</name>
    <message>
        <location filename="../app/core/mtemplate/TemplateChecks.cpp" line="+36"/>
        <source>No Mandrill template is chosen. Pick one under “Mandrill template”.</source>
        <translation>Es ist keine Mandrill-Vorlage gewählt. Wählen Sie eine unter „Mandrill-Vorlage“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is a Mailchimp template. messages/send-template sends Mandrill templates: in Mailchimp use “Send To Mandrill” on it, then pick the Mandrill copy here.</source>
        <translation>„%1“ ist eine Mailchimp-Vorlage. messages/send-template sendet Mandrill-Vorlagen: Verwenden Sie in Mailchimp „Send To Mandrill“ darauf und wählen Sie dann hier die Mandrill-Kopie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The template “%1” is only a draft: Mandrill sends the published version, so sending fails until it is published (Mandrill → Templates → Publish).</source>
        <translation>Die Vorlage „%1“ ist nur ein Entwurf: Mandrill sendet die veröffentlichte Fassung, daher schlägt das Senden fehl, bis sie veröffentlicht ist (Mandrill → Templates → Publish).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The template “%1” has unpublished changes in Mandrill. Emails use the version published %2, which is what the preview shows.</source>
        <translation>Die Vorlage „%1“ hat unveröffentlichte Änderungen in Mandrill. E-Mails verwenden die am %2 veröffentlichte Fassung, und die zeigt die Vorschau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mandrill marks the template “%1” as broken (its code has errors). Fix it in Mandrill before sending.</source>
        <translation>Mandrill kennzeichnet die Vorlage „%1“ als fehlerhaft (ihr Code enthält Fehler). Beheben Sie das in Mandrill vor dem Senden.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The template writes merge tags as %1 (%2), but the email is sent with the %3 merge language, so Mandrill would leave them as they are. Choose the %4 merge language.</source>
        <translation>Die Vorlage schreibt Merge-Tags als %1 (%2), aber die E-Mail wird mit der Merge-Sprache %3 gesendet, daher würde Mandrill sie unverändert lassen. Wählen Sie die Merge-Sprache %4.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The template&apos;s field %1 gets no value, so Mandrill leaves it blank. Choose a field of the person (or a fixed text) for it.</source>
        <translation>Das Feld %1 der Vorlage bekommt keinen Wert, daher lässt Mandrill es leer. Wählen Sie dafür ein Feld der Person (oder einen festen Text).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is filled in, but the published template does not use it (any more). Remove it, or publish the template version that uses it.</source>
        <translation>%1 wird ausgefüllt, aber die veröffentlichte Vorlage verwendet es (nicht mehr). Entfernen Sie es oder veröffentlichen Sie die Fassung der Vorlage, die es verwendet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The editable region “%1” is filled in, but the published template has no such region (mc:edit).</source>
        <translation>Der bearbeitbare Bereich „%1“ wird ausgefüllt, aber die veröffentlichte Vorlage hat keinen solchen Bereich (mc:edit).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Neither the template nor the email sets a sender address. Enter a “From” address (a verified sending domain in Mandrill).</source>
        <translation>Weder die Vorlage noch die E-Mail legt eine Absenderadresse fest. Geben Sie eine „Von“-Adresse ein (mit einer in Mandrill verifizierten Versanddomain).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Neither the template nor the email sets a subject; the email would have none.</source>
        <translation>Weder die Vorlage noch die E-Mail legt einen Betreff fest; die E-Mail hätte keinen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The preview shows these parts of the template as written, because Hookmail does not render them locally: %1. Use “Render on Mandrill” to see them filled.</source>
        <translation>Die Vorschau zeigt diese Teile der Vorlage so, wie sie geschrieben sind, weil Hookmail sie nicht selbst rendert: %1. Mit „Bei Mandrill rendern“ sehen Sie sie ausgefüllt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is empty for this person, so that part of the email is blank. Add a fallback to it.</source>
        <translation>%1 ist für diese Person leer, daher bleibt dieser Teil der E-Mail leer. Geben Sie einen Ersatzwert dafür an.</translation>
    </message>
    <message>
        <location filename="../app/core/mtemplate/TemplateEmail.cpp" line="+22"/>
        <source>The field &quot;%1&quot; must be %2.</source>
        <translation>Das Feld &quot;%1&quot; muss %2 sein.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an object with a &quot;name&quot; text</source>
        <translation>ein Objekt mit einem Text &quot;name&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+104"/>
        <source>text</source>
        <translation>ein Text</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>a list of texts</source>
        <translation>eine Liste von Texten</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the template&apos;s slug (text)</source>
        <translation>der Slug der Vorlage (Text)</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+22"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>The field &quot;%1mergeLanguage&quot; must be &quot;mailchimp&quot; or &quot;handlebars&quot;.</source>
        <translation>Das Feld &quot;%1mergeLanguage&quot; muss &quot;mailchimp&quot; oder &quot;handlebars&quot; sein.</translation>
    </message>
</context>
<context>
    <name>OryImport</name>
    <message>
        <location filename="../app/core/ory/OryImport.cpp" line="+80"/>
        <source>Ory keeps the body as a stored copy at %1, which was not read; the template is empty.</source>
        <translation>Ory bewahrt den Body als gespeicherte Kopie unter %1 auf, die nicht gelesen wurde; die Vorlage ist leer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The template was read from Ory&apos;s stored copy at %1. That link needs no credentials: anyone who has it can read the template, and any key in it.</source>
        <translation>Die Vorlage wurde aus Orys gespeicherter Kopie unter %1 gelesen. Dieser Link braucht keine Zugangsdaten: Jeder, der ihn hat, kann die Vorlage lesen, samt aller Schlüssel darin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ory keeps the body as a stored copy at %1, which could not be read (%2); the template is empty.</source>
        <translation>Ory bewahrt den Body als gespeicherte Kopie unter %1 auf, die nicht gelesen werden konnte (%2); die Vorlage ist leer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The body is not valid base64 (Ory fails this hook too); the template is empty.</source>
        <translation>Der Body ist kein gültiges base64 (auch Ory lässt diesen Hook fehlschlagen); die Vorlage ist leer.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The template had an API key written into it; Hookmail replaced it with %1. Hookmail adds the key from the keychain when it pushes, so remove the key field from the template.</source>
        <translation>In der Vorlage stand ein API-Schlüssel; Hookmail hat ihn durch %1 ersetzt. Hookmail fügt beim Übertragen den Schlüssel aus dem Schlüsselbund hinzu, entfernen Sie daher das key-Feld aus der Vorlage.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The hook has no body (Ory fails it at run time).</source>
        <translation>Der Hook hat keinen Body (Ory lässt ihn bei der Ausführung fehlschlagen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The body is loaded by Ory from %1, which Hookmail cannot read; the template is empty.</source>
        <translation>Der Body wird von Ory aus %1 geladen, was Hookmail nicht lesen kann; die Vorlage ist leer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The hook has no id, so a push adds a new hook next to this one; remove the original in the Ory Console afterwards.</source>
        <translation>Der Hook hat keine ID, daher fügt ein Übertragen einen neuen Hook neben diesem hinzu; entfernen Sie danach das Original in der Ory Console.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported: %1 (%2)</source>
        <translation>Importiert: %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Broken in Ory: %1</source>
        <translation>In Ory fehlerhaft: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The hook authenticates with %1; Hookmail does not import credentials.</source>
        <translation>Der Hook authentifiziert sich mit %1; Hookmail importiert keine Zugangsdaten.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Also in %1, which Hookmail does not know.</source>
        <translation>Auch in %1, das Hookmail nicht kennt.</translation>
    </message>
</context>
<context>
    <name>OryPane</name>
    <message>
        <location filename="../ui/ory/OryPane.ui" line="+11"/>
        <source>Hookmail talks to Ory Network with a workspace API key. Create one in the Ory Console under Workspace settings ▸ API keys. It is kept in the system keychain, never in the project file.</source>
        <translation>Hookmail spricht mit Ory Network über einen Workspace-API-Schlüssel. Erstellen Sie einen in der Ory Console unter Workspace settings ▸ API keys. Er wird im Schlüsselbund des Systems aufbewahrt, nie in der Projektdatei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API address:</source>
        <translation>API-Adresse:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workspace API &amp;key:</source>
        <translation>Workspace-API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ory_wak_…</source>
        <translation>ory_wak_…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save in keychain</source>
        <translation>Im Schlüsselbund speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Mandrill key:</source>
        <translation>&amp;Mandrill-Schlüssel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mailchimp Transactional API key</source>
        <translation>API-Schlüssel für Mailchimp Transactional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The published hook sends through Mandrill, so it carries a Mandrill key. Ory stores it unencrypted: a key allowed only to send messages is safest.</source>
        <translation>Der veröffentlichte Hook sendet über Mandrill und enthält daher einen Mandrill-Schlüssel. Ory speichert ihn unverschlüsselt: Ein Schlüssel, der nur Nachrichten senden darf, ist am sichersten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Which Ory project should send this email?</source>
        <translation>Welches Ory-Projekt soll diese E-Mail senden?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Workspace:</source>
        <translation>&amp;Workspace:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Publish…</source>
        <translation>&amp;Veröffentlichen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move from project…</source>
        <translation>Aus dem Projekt ent&amp;fernen…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Read project</source>
        <translation>Projekt &amp;lesen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Will this email be sent? What Hookmail found in the project:</source>
        <translation>Wird diese E-Mail gesendet? Was Hookmail im Projekt gefunden hat:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hooks of the project</source>
        <translation>Hooks des Projekts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hook list / hook</source>
        <translation>Hook-Liste / Hook</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Will it fire</source>
        <translation>Wird er ausgelöst</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Fix selected</source>
        <translation>Auswahl &amp;korrigieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Publishing shows you the change first; nothing is sent until you confirm. Afterwards you can roll it back.</source>
        <translation>Beim Veröffentlichen sehen Sie zuerst die Änderung; nichts wird gesendet, bevor Sie bestätigen. Danach können Sie sie zurücksetzen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put generic-list hooks into the method lists</source>
        <translation>Hooks aus allgemeinen Listen in die Methodenlisten verschieben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Roll &amp;back…</source>
        <translation>&amp;Zurücksetzen…</translation>
    </message>
</context>
<context>
    <name>OryResponses</name>
    <message>
        <location filename="../app/core/ory/OryResponses.cpp" line="+21"/>
        <source>The Ory Console answered with something Hookmail does not understand (%1). Check that the API address in the settings points to the Ory Console API.</source>
        <translation>Die Ory Console hat mit etwas geantwortet, das Hookmail nicht versteht (%1). Prüfen Sie, ob die API-Adresse in den Einstellungen auf die Ory-Console-API zeigt.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>an empty answer</source>
        <translation>eine leere Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a web page instead of JSON</source>
        <translation>eine Webseite statt JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON cut off before its end</source>
        <translation>JSON, das vor seinem Ende abbricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not JSON</source>
        <translation>kein JSON</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected a JSON object</source>
        <translation>JSON-Objekt erwartet</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>a workspace is not an object</source>
        <translation>ein Workspace ist kein Objekt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a workspace has no id</source>
        <translation>ein Workspace hat keine ID</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a project entry is not an object</source>
        <translation>ein Projekteintrag ist kein Objekt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a project entry has no id</source>
        <translation>ein Projekteintrag hat keine ID</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>no “workspaces” list</source>
        <translation>keine „workspaces“-Liste</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>expected a list of projects</source>
        <translation>Liste von Projekten erwartet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no “projects” list</source>
        <translation>keine „projects“-Liste</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the project has no id</source>
        <translation>das Projekt hat keine ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the project has no revision_id</source>
        <translation>das Projekt hat keine revision_id</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the project has no “services”</source>
        <translation>das Projekt hat keine „services“</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“services.identity” is not an object</source>
        <translation>„services.identity“ ist kein Objekt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“services.identity.config” is not an object</source>
        <translation>„services.identity.config“ ist kein Objekt</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the update answer has no “project”</source>
        <translation>die Antwort auf die Aktualisierung enthält kein „project“</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Could not %1: the server answered with a web page instead of the Ory Console API (HTTP %2). Check the API address in the settings (for example https://api.console.ory.com) and any proxy in between.</source>
        <translation>Es war nicht möglich, %1: Der Server hat statt der Ory-Console-API mit einer Webseite geantwortet (HTTP %2). Prüfen Sie die API-Adresse in den Einstellungen (zum Beispiel https://api.console.ory.com) und einen eventuell dazwischengeschalteten Proxy.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not %1: the server&apos;s answer is not JSON (HTTP %2). Check the API address in the settings.</source>
        <translation>Es war nicht möglich, %1: Die Antwort des Servers ist kein JSON (HTTP %2). Prüfen Sie die API-Adresse in den Einstellungen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ory refused to %1 because the request or the resulting configuration is invalid. Nothing was changed. Details: %2</source>
        <translation>Ory hat es abgelehnt, %1, weil die Anfrage oder die daraus entstehende Konfiguration ungültig ist. Es wurde nichts geändert. Details: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none given</source>
        <translation>keine angegeben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ory did not accept the workspace API key, so Hookmail could not %1. Create a workspace API key (it starts with ory_wak_) in the Ory Console under Workspace settings → API keys, and enter it again.</source>
        <translation>Ory hat den Workspace-API-Schlüssel nicht akzeptiert, daher war es Hookmail nicht möglich, %1. Erstellen Sie in der Ory Console unter Workspace settings → API keys einen Workspace-API-Schlüssel (er beginnt mit ory_wak_) und geben Sie ihn erneut ein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The workspace API key has no access here, so Hookmail could not %1. Check that the project belongs to the key&apos;s workspace and that the key is a workspace key (ory_wak_…), not a project key.</source>
        <translation>Der Workspace-API-Schlüssel hat hier keinen Zugriff, daher war es Hookmail nicht möglich, %1. Prüfen Sie, ob das Projekt zum Workspace des Schlüssels gehört und ob der Schlüssel ein Workspace-Schlüssel (ory_wak_…) und kein Projektschlüssel ist.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ory could not find it (HTTP 404), so Hookmail could not %1. Check the project id (Ory Console → Project settings) and that it belongs to the key&apos;s workspace.</source>
        <translation>Ory hat es nicht gefunden (HTTP 404), daher war es Hookmail nicht möglich, %1. Prüfen Sie die Projekt-ID (Ory Console → Project settings) und ob das Projekt zum Workspace des Schlüssels gehört.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The project changed since Hookmail read it (someone edited it in the Ory Console or another push ran), so Hookmail did not %1 and nothing was overwritten. Re-read the project, review the new difference and decide again.</source>
        <translation>Das Projekt hat sich geändert, seit Hookmail es gelesen hat (jemand hat es in der Ory Console bearbeitet oder ein anderes Übertragen lief), daher hat Hookmail darauf verzichtet, %1, und nichts wurde überschrieben. Lesen Sie das Projekt erneut, prüfen Sie den neuen Unterschied und entscheiden Sie noch einmal.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ory refused to %1 because the workspace&apos;s plan does not include it or payment is due (HTTP 402 Payment Required). Check the workspace&apos;s billing in the Ory Console.</source>
        <translation>Ory hat es abgelehnt, %1, weil der Tarif des Workspace das nicht enthält oder eine Zahlung fällig ist (HTTP 402 Payment Required). Prüfen Sie die Abrechnung des Workspace in der Ory Console.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ory could not %1: it understood the request but could not apply it (HTTP 422 Unprocessable Content). Review the change; the configuration it produces may be invalid.</source>
        <translation>Es war Ory nicht möglich, %1: Die Anfrage wurde verstanden, konnte aber nicht angewendet werden (HTTP 422 Unprocessable Content). Prüfen Sie die Änderung; die entstehende Konfiguration ist möglicherweise ungültig.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ory is limiting requests (HTTP 429 Too Many Requests), so Hookmail could not %1. Wait a minute and try again.</source>
        <translation>Ory begrenzt die Anfragen (HTTP 429 Too Many Requests), daher war es Hookmail nicht möglich, %1. Warten Sie eine Minute und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A gateway in front of the Ory Console got no valid answer (HTTP 502 Bad Gateway), so Hookmail could not %1. Nothing was changed by Hookmail; try again in a few minutes.</source>
        <translation>Ein Gateway vor der Ory Console hat keine gültige Antwort erhalten (HTTP 502 Bad Gateway), daher war es Hookmail nicht möglich, %1. Hookmail hat nichts geändert; versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Ory Console is temporarily unavailable (HTTP 503 Service Unavailable), so Hookmail could not %1. Nothing was changed by Hookmail; try again later and check https://status.ory.sh.</source>
        <translation>Die Ory Console ist vorübergehend nicht erreichbar (HTTP 503 Service Unavailable), daher war es Hookmail nicht möglich, %1. Hookmail hat nichts geändert; versuchen Sie es später erneut und sehen Sie unter https://status.ory.sh nach.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Ory Console had a problem on its side (HTTP %1), so Hookmail could not %2. Nothing was changed by Hookmail; try again in a few minutes and check https://status.ory.sh.</source>
        <translation>Die Ory Console hatte ein Problem auf ihrer Seite (HTTP %1), daher war es Hookmail nicht möglich, %2. Hookmail hat nichts geändert; versuchen Sie es in ein paar Minuten erneut und sehen Sie auf https://status.ory.sh nach.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not %1: the Ory Console answered HTTP %2.</source>
        <translation>Es war nicht möglich, %1: Die Ory Console hat mit HTTP %2 geantwortet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No Ory workspace API key is set. Create one (it starts with ory_wak_) in the Ory Console under Workspace settings → API keys.</source>
        <translation>Es ist kein Ory-Workspace-API-Schlüssel festgelegt. Erstellen Sie einen (er beginnt mit ory_wak_) in der Ory Console unter Workspace settings → API keys.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This looks like a project API key (ory_pat_/ory_apikey_). Project keys cannot read or change project configuration; use a workspace API key (ory_wak_…).</source>
        <translation>Dies sieht aus wie ein Projekt-API-Schlüssel (ory_pat_/ory_apikey_). Projektschlüssel können die Projektkonfiguration weder lesen noch ändern; verwenden Sie einen Workspace-API-Schlüssel (ory_wak_…).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This does not look like an Ory workspace API key (those start with ory_wak_). Ory will probably refuse it.</source>
        <translation>Dies sieht nicht aus wie ein Ory-Workspace-API-Schlüssel (diese beginnen mit ory_wak_). Ory wird ihn wahrscheinlich ablehnen.</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <location filename="../app/core/model/Project.cpp" line="+32"/>
        <source>The field &quot;%1&quot; must be %2.</source>
        <translation>Das Feld „%1“ muss %2 sein.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+40"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+235"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>a list of texts</source>
        <translation>eine Liste von Texten</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The field &quot;%1hookPoints[%2]&quot; holds &quot;%3&quot;, which is not a place Ory runs hooks (expected e.g. &quot;registration/after/password&quot;).</source>
        <translation>Das Feld „%1hookPoints[%2]“ enthält „%3“; dort führt Ory keine Hooks aus (erwartet z. B. „registration/after/password“).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The field &quot;%1mode&quot; must be &quot;form&quot; or &quot;code&quot;, not &quot;%2&quot;.</source>
        <translation>Das Feld „%1mode“ muss &quot;form&quot; oder &quot;code&quot; sein, nicht „%2“.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The field &quot;%1mode&quot; must be &quot;design&quot; or &quot;code&quot;, not &quot;%2&quot;.</source>
        <translation>Das Feld „%1mode“ muss &quot;design&quot; oder &quot;code&quot; sein, nicht „%2“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The field &quot;%1mode&quot; must be &quot;design&quot;, &quot;code&quot; or &quot;template&quot;, not &quot;%2&quot;.</source>
        <translation>Das Feld &quot;%1mode&quot; muss &quot;design&quot;, &quot;code&quot; oder &quot;template&quot; sein, nicht &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The action &quot;%1&quot; sends a Mandrill template but names none (&quot;%2mandrillTemplate&quot; is missing).</source>
        <translation>Die Action &quot;%1&quot; sendet eine Mandrill-Vorlage, nennt aber keine (&quot;%2mandrillTemplate&quot; fehlt).</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>It is not a Hookmail project: the &quot;format&quot; field is missing.</source>
        <translation>Es ist kein Hookmail-Projekt: Das Feld „format“ fehlt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is not a Hookmail project: its &quot;format&quot; is &quot;%1&quot;, expected &quot;%2&quot;.</source>
        <translation>Es ist kein Hookmail-Projekt: Sein „format“ ist „%1“, erwartet wurde „%2“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is not a Hookmail project: its &quot;format&quot; field is not &quot;%1&quot;.</source>
        <translation>Es ist kein Hookmail-Projekt: Sein Feld „format“ ist nicht „%1“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The project has no format version (the &quot;version&quot; field is missing).</source>
        <translation>Das Projekt hat keine Formatversion (das Feld „version“ fehlt).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The project was written by a newer Hookmail (format version %1, this version reads up to %2). Update Hookmail to open it.</source>
        <translation>Das Projekt wurde von einer neueren Hookmail-Version geschrieben (Formatversion %1, diese Version liest bis %2). Aktualisieren Sie Hookmail, um es zu öffnen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The project has an invalid format version (%1).</source>
        <translation>Das Projekt hat eine ungültige Formatversion (%1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a list of actions</source>
        <translation>eine Liste von Actions</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Welcome email</source>
        <translation>Willkommens-E-Mail</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <location filename="../app/core/model/ProjectFile.cpp" line="+42"/>
        <source>Could not open %1: the file does not exist.</source>
        <translation>%1 konnte nicht geöffnet werden: Die Datei existiert nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not open %1: it is a folder, not a file.</source>
        <translation>%1 konnte nicht geöffnet werden: Es ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is too large to open (%2 MB; the limit is %3 MB).</source>
        <translation>%1 ist zu groß zum Öffnen (%2 MB; die Grenze liegt bei %3 MB).</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+105"/>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+34"/>
        <source>%1 is too large to open (the limit is %2 MB).</source>
        <translation>%1 ist zu groß zum Öffnen (die Grenze liegt bei %2 MB).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is empty, so it is not a Hookmail project. It may have been cut off while saving or copying; use a backup copy if you have one.</source>
        <translation>%1 ist leer und daher kein Hookmail-Projekt. Die Datei wurde möglicherweise beim Speichern oder Kopieren abgeschnitten; verwenden Sie eine Sicherungskopie, falls Sie eine haben.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is damaged: it holds a control character (code %2) at line %3, column %4, which a Hookmail project never contains. Use a backup copy if you have one.</source>
        <translation>%1 ist beschädigt: Die Datei enthält in Zeile %3, Spalte %4 ein Steuerzeichen (Code %2), das in einem Hookmail-Projekt nie vorkommt. Verwenden Sie eine Sicherungskopie, falls vorhanden.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is not a Hookmail project: JSON syntax error at line %2, column %3: %4</source>
        <translation>%1 ist kein Hookmail-Projekt: JSON-Syntaxfehler in Zeile %2, Spalte %3: %4</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file ends before the project does: it looks truncated (cut off while saving or copying).</source>
        <translation>Die Datei endet vor dem Projekt: Sie scheint abgeschnitten zu sein (beim Speichern oder Kopieren).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offset %1 of %2 bytes</source>
        <translation>Position %1 von %2 Bytes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a Hookmail project: it holds a JSON %2, not a project object.</source>
        <translation>%1 ist kein Hookmail-Projekt: Die Datei enthält JSON (%2), kein Projektobjekt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The project is too large to save (%1 MB; the limit is %2 MB). %3 was left unchanged.</source>
        <translation>Das Projekt ist zu groß zum Speichern (%1 MB; die Grenze liegt bei %2 MB). %3 wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+9"/>
        <location line="+4"/>
        <source>Could not save %1: %2. The previous file was left unchanged.</source>
        <translation>%1 konnte nicht gespeichert werden: %2. Die vorherige Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is not a text file in UTF-8, which Jsonnet templates must be: line %2, column %3 holds a byte that is not UTF-8. Save the file as UTF-8 and try again.</source>
        <translation>%1 ist keine Textdatei in UTF-8, wie es Jsonnet-Vorlagen sein müssen: Zeile %2, Spalte %3 enthält ein Byte, das kein UTF-8 ist. Speichern Sie die Datei als UTF-8 und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>PushSnapshots</name>
    <message>
        <location filename="../app/core/ory/PushSnapshots.cpp" line="+98"/>
        <source>This is not a Hookmail snapshot (or one from a newer Hookmail).</source>
        <translation>Dies ist kein Hookmail-Snapshot (oder einer von einer neueren Hookmail-Version).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The snapshot names a list Hookmail does not manage (%1).</source>
        <translation>Der Snapshot nennt eine Liste, die Hookmail nicht verwaltet (%1).</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Rolling back needs the Mandrill key to put back into Hookmail&apos;s hook; set it first (it is not stored in snapshots).</source>
        <translation>Zum Zurücksetzen wird der Mandrill-Schlüssel benötigt, um ihn wieder in den Hook von Hookmail einzusetzen; legen Sie ihn zuerst fest (er wird nicht in Snapshots gespeichert).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The hook “%1” in %2 had a secret (an API key or password) that Hookmail does not store, and it is no longer in the project, so it cannot be restored automatically. Restore it by hand in the Ory Console.</source>
        <translation>Der Hook „%1“ in %2 hatte ein Geheimnis (einen API-Schlüssel oder ein Passwort), das Hookmail nicht speichert, und er ist nicht mehr im Projekt, daher kann er nicht automatisch wiederhergestellt werden. Stellen Sie ihn von Hand in der Ory Console wieder her.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Internal error: the snapshot would contain a secret, so it was not written.</source>
        <translation>Interner Fehler: Der Snapshot würde ein Geheimnis enthalten und wurde daher nicht geschrieben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not create the snapshot folder %1.</source>
        <translation>Der Snapshot-Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not write the snapshot %1 (%2). Nothing was sent to Ory.</source>
        <translation>Der Snapshot %1 konnte nicht geschrieben werden (%2). Es wurde nichts an Ory gesendet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not read the snapshot %1.</source>
        <translation>Der Snapshot %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The snapshot %1 is damaged (not JSON).</source>
        <translation>Der Snapshot %1 ist beschädigt (kein JSON).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>There is nothing to roll back: Hookmail has no snapshot for project %1 on this computer.</source>
        <translation>Es gibt nichts zurückzusetzen: Hookmail hat auf diesem Computer keinen Snapshot für das Projekt %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not mark the snapshot %1 as rolled back.</source>
        <translation>Der Snapshot %1 konnte nicht als zurückgesetzt markiert werden.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/mtemplate/TemplatePane.cpp" line="+36"/>
        <source>Region “%1”</source>
        <translation>Bereich „%1“</translation>
    </message>
</context>
<context>
    <name>SampleContext</name>
    <message>
        <location filename="../app/core/model/SampleContext.cpp" line="+335"/>
        <source>The sample identity&apos;s %1[%2] %3</source>
        <translation>%1[%2] der Beispielidentität %3</translation>
    </message>
    <message>
        <location line="+196"/>
        <source>In a web browser (Ory Network)</source>
        <translation>Im Webbrowser (Ory Network)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In a mobile or desktop app (API flow, no cookies)</source>
        <translation>In einer Mobil- oder Desktop-App (API-Ablauf, keine Cookies)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New person who pressed “Sign in with…” on the sign-in page</source>
        <translation>Neue Person, die auf der Anmeldeseite „Anmelden mit…“ gedrückt hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security key as the second factor</source>
        <translation>Sicherheitsschlüssel als zweiter Faktor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Self-hosted Kratos (no Cloudflare)</source>
        <translation>Selbst betriebenes Kratos (ohne Cloudflare)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ory runs this hook before anything is submitted, so there is no transient payload yet.</source>
        <translation>Ory führt diesen Hook aus, bevor etwas abgeschickt wird, daher gibt es noch keine Transient Payload.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hookmail cannot confirm that Ory copies the transient payload into the flow after SAML single sign-on (Ory&apos;s SAML code is not public), so the sample leaves it out.</source>
        <translation>Hookmail kann nicht bestätigen, dass Ory den Transient Payload nach SAML-Single-Sign-on in den Flow übernimmt (Orys SAML-Code ist nicht öffentlich), daher lässt das Beispiel ihn weg.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The generic list also runs for sign-ins with a passkey or a backup code, where Ory drops the transient payload.</source>
        <translation>Die allgemeine Liste läuft auch bei Anmeldungen mit einem Passkey oder einem Backup-Code, bei denen Ory die Transient Payload verwirft.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The generic list runs for profile, password and other changes, where Ory drops the transient payload.</source>
        <translation>Die allgemeine Liste läuft bei Profil-, Passwort- und anderen Änderungen, bei denen Ory die Transient Payload verwirft.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ory drops the transient payload when someone signs in this way.</source>
        <translation>Ory verwirft die Transient Payload, wenn sich jemand auf diese Weise anmeldet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ory drops the transient payload in this settings change (only a social sign-in link keeps it; ory/kratos#4609).</source>
        <translation>Ory verwirft die Transient Payload bei dieser Änderung der Einstellungen (nur das Verknüpfen einer Social-Anmeldung behält sie; ory/kratos#4609).</translation>
    </message>
    <message>
        <location line="+250"/>
        <source>The sample identity is %1 KiB; Ory passes at most 64 KiB of template and ctx to Jsonnet, so an identity this large would make every hook fail. Remove some traits or metadata.</source>
        <translation>Die Beispielidentität ist %1 KiB groß; Ory übergibt Jsonnet höchstens 64 KiB aus Vorlage und ctx, daher würde jeder Hook mit einer so großen Identität fehlschlagen. Entfernen Sie einige Traits oder Metadaten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The sample identity needs &quot;traits&quot;: an object with the fields of your identity schema, such as {&quot;email&quot;: &quot;jane@example.com&quot;}.</source>
        <translation>Die Beispielidentität braucht „traits“: ein Objekt mit den Feldern Ihres Identitätsschemas, etwa {&quot;email&quot;: &quot;jane@example.com&quot;}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sample identity&apos;s &quot;traits&quot; must be an object, such as {&quot;email&quot;: &quot;jane@example.com&quot;}.</source>
        <translation>„traits“ der Beispielidentität muss ein Objekt sein, etwa {&quot;email&quot;: &quot;jane@example.com&quot;}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sample identity&apos;s &quot;%1&quot; must be text.</source>
        <translation>„%1“ der Beispielidentität muss Text sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sample identity&apos;s &quot;state&quot; must be &quot;active&quot; or &quot;inactive&quot;.</source>
        <translation>„state“ der Beispielidentität muss &quot;active&quot; oder &quot;inactive&quot; sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sample identity&apos;s &quot;metadata_public&quot; must be an object or null.</source>
        <translation>„metadata_public“ der Beispielidentität muss ein Objekt oder null sein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The sample identity&apos;s &quot;%1&quot; must be a list of addresses (or left out when there are none).</source>
        <translation>„%1“ der Beispielidentität muss eine Liste von Adressen sein (oder fehlen, wenn es keine gibt).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be an object such as {&quot;value&quot;: &quot;jane@example.com&quot;, &quot;via&quot;: &quot;email&quot;}.</source>
        <translation>muss ein Objekt sein, etwa {&quot;value&quot;: &quot;jane@example.com&quot;, &quot;via&quot;: &quot;email&quot;}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>needs a &quot;value&quot;: the address as text.</source>
        <translation>braucht einen „value“: die Adresse als Text.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has &quot;via&quot; that is neither &quot;email&quot; nor &quot;sms&quot;.</source>
        <translation>hat einen „via“-Wert, der weder &quot;email&quot; noch &quot;sms&quot; ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has &quot;verified&quot; that is not true or false.</source>
        <translation>hat einen „verified“-Wert, der nicht true oder false ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>has &quot;status&quot; that is not &quot;pending&quot;, &quot;sent&quot; or &quot;completed&quot;.</source>
        <translation>hat einen „status“-Wert, der nicht &quot;pending&quot;, &quot;sent&quot; oder &quot;completed&quot; ist.</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <location filename="../app/core/secrets/KeyProvider.cpp" line="+64"/>
        <source>Mandrill key</source>
        <translation>Mandrill-Schlüssel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ory workspace key</source>
        <translation>Ory-Workspace-Schlüssel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not read the %1 from the keychain: %2 You can also set %3 for the command line.</source>
        <translation>Der %1 konnte nicht aus dem Schlüsselbund gelesen werden: %2 Für die Kommandozeile können Sie auch %3 setzen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No %1 is set. Save it in Hookmail (Settings → %1) or set %2 for the command line.</source>
        <translation>Es ist kein %1 festgelegt. Speichern Sie ihn in Hookmail (Einstellungen → %1) oder setzen Sie %2 für die Kommandozeile.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../app/core/common/Settings.cpp" line="+142"/>
        <source>“%1” is not a valid URL.</source>
        <translation>„%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only https:// URLs are allowed (got “%1”).</source>
        <translation>Nur https://-URLs sind erlaubt (erhalten: „%1“).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plain http:// is refused except to this computer (127.0.0.1 / localhost): the API key would travel unencrypted. Use https://.</source>
        <translation>Einfaches http:// wird abgelehnt, außer zu diesem Computer (127.0.0.1 / localhost): Der API-Schlüssel würde unverschlüsselt übertragen. Verwenden Sie https://.</translation>
    </message>
</context>
<context>
    <name>TestSend</name>
    <message>
        <location filename="../app/core/mandrill/TestSend.cpp" line="+67"/>
        <source>The address is empty.</source>
        <translation>Die Adresse ist leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1”: give the bare address only (like ann@example.com), without a name or &lt;&gt;.</source>
        <translation>„%1“: Geben Sie nur die reine Adresse an (wie ann@example.com), ohne Namen oder &lt;&gt;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not an email address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add at least one test address.</source>
        <translation>Fügen Sie mindestens eine Testadresse hinzu.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No Mandrill key is set. Enter it in Settings → Mandrill key.</source>
        <translation>Es ist kein Mandrill-Schlüssel festgelegt. Geben Sie ihn unter Einstellungen → Mandrill-Schlüssel ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The rendered body has no “message” object, so there is nothing to send. Check the template.</source>
        <translation>Der gerenderte Body hat kein „message“-Objekt, daher gibt es nichts zu senden. Prüfen Sie die Vorlage.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Recipients replaced: the template&apos;s “%1” gets the test address(es) instead.</source>
        <translation>Empfänger ersetzt: „%1“ der Vorlage erhält stattdessen die Testadresse(n).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 for other recipients were left out.</source>
        <translation>%1 für andere Empfänger wurden weggelassen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bcc_address was removed so the test does not reach anyone else.</source>
        <translation>bcc_address wurde entfernt, damit der Test niemanden sonst erreicht.</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Could not create the folder for the test-send history (%1).</source>
        <translation>Der Ordner für den Verlauf der Testversände konnte nicht angelegt werden (%1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+7"/>
        <source>Could not save the test-send history: %1</source>
        <translation>Der Verlauf der Testversände konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>WebHookCheck</name>
    <message>
        <location filename="../app/core/ory/WebHookCheck.cpp" line="+37"/>
        <source>“%1” is not a setting Ory knows in %2; Ory refuses the configuration.</source>
        <translation>„%1“ ist in %2 keine Einstellung, die Ory kennt; Ory lehnt die Konfiguration ab.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has no “%2”, which Ory requires.</source>
        <translation>In %1 fehlt „%2“, das Ory verlangt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” in %2 has the wrong type.</source>
        <translation>„%1“ in %2 hat den falschen Typ.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the hook&apos;s settings</source>
        <translation>den Einstellungen des Hooks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The web_hook has no settings (“config”); Ory refuses it.</source>
        <translation>Der web_hook hat keine Einstellungen („config“); Ory lehnt ihn ab.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The header “%1” is not text; Ory refuses it.</source>
        <translation>Der Header „%1“ ist kein Text; Ory lehnt ihn ab.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“response”</source>
        <translation>„response“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It both ignores and parses the response, which Ory does not allow (an ignored response runs in the background and cannot be parsed).</source>
        <translation>Er ignoriert die Antwort und wertet sie zugleich aus, was Ory nicht erlaubt (eine ignorierte Antwort läuft im Hintergrund und kann nicht ausgewertet werden).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It ignores the response but may interrupt the flow (“can_interrupt”); Ory does not allow both.</source>
        <translation>Er ignoriert die Antwort, darf aber den Flow unterbrechen („can_interrupt“); Ory erlaubt nicht beides.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its authentication</source>
        <translation>seiner Authentifizierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its API key authentication (api_key)</source>
        <translation>seiner Authentifizierung per API-Schlüssel (api_key)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its basic authentication (basic_auth)</source>
        <translation>seiner Basic-Authentifizierung (basic_auth)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Its API key is sent “in: %1”; Ory accepts only “header” or “cookie”.</source>
        <translation>Sein API-Schlüssel wird mit „in: %1“ gesendet; Ory akzeptiert nur „header“ oder „cookie“.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Its authentication type “%1” is unknown to Ory (only api_key and basic_auth exist).</source>
        <translation>Sein Authentifizierungstyp „%1“ ist Ory unbekannt (es gibt nur api_key und basic_auth).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its authentication has no type (api_key or basic_auth).</source>
        <translation>Seine Authentifizierung hat keinen Typ (api_key oder basic_auth).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It has no body: Ory fails it every time it runs (“got empty template path for request with body”).</source>
        <translation>Er hat keinen Body: Ory lässt ihn bei jeder Ausführung fehlschlagen („got empty template path for request with body“).</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../app/cli/CoreCommands.cpp" line="+40"/>
        <location filename="../app/cli/DesignCommands.cpp" line="+148"/>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>line %1, column %2: </source>
        <translation>Zeile %1, Spalte %2: </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+158"/>
        <source>line %1: </source>
        <translation>Zeile %1: </translation>
    </message>
    <message>
        <location line="-101"/>
        <source>render: Print the Mandrill request body Ory would send (key masked).</source>
        <translation>render: Den Body der Mandrill-Anfrage ausgeben, den Ory senden würde (Schlüssel maskiert).</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+239"/>
        <source>The action has no hook points; pass --hook.</source>
        <translation>Die Action hat keine Hook-Punkte; geben Sie --hook an.</translation>
    </message>
    <message>
        <location line="-206"/>
        <source>warning: the template&apos;s output is not a JSON object, so Mandrill will reject it.</source>
        <translation>Warnung: Die Ausgabe der Vorlage ist kein JSON-Objekt, daher wird Mandrill sie ablehnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hook skipped (cancelled): the template called error &quot;cancel&quot; for %1, so Ory sends nothing.</source>
        <translation>Hook übersprungen (abgebrochen): Die Vorlage hat für %1 error &quot;cancel&quot; aufgerufen, daher sendet Ory nichts.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>check: Will this action work? Exit 1 when any finding is an error.</source>
        <translation>check: Funktioniert diese Action? Beendet sich mit 1, wenn ein Befund ein Fehler ist.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1: %2 error(s), %3 warning(s).</source>
        <translation>%1: %2 Fehler, %3 Warnung(en).</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../app/cli/DesignCommands.cpp" line="+103"/>
        <source>One of: %1.</source>
        <translation>Eines von: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the files into DIR instead of printing them.</source>
        <translation>Die Dateien nach DIR schreiben, statt sie auszugeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Put the real Mandrill key into the export (from HOOKMAIL_MANDRILL_KEY or the keychain).</source>
        <translation>Den echten Mandrill-Schlüssel in den Export schreiben (aus HOOKMAIL_MANDRILL_KEY oder dem Schlüsselbund).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export: Export the action as action JSON, ory CLI command, kratos.yml or curl.</source>
        <translation>export: Die Action als Action-JSON, ory-CLI-Befehl, kratos.yml oder curl exportieren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--format is required (%1).</source>
        <translation>--format ist erforderlich (%1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown format “%1”; use one of %2.</source>
        <translation>Unbekanntes Format „%1“; verwenden Sie eines von %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--with-secret needs the Mandrill key: set HOOKMAIL_MANDRILL_KEY or store it in Hookmail&apos;s settings.</source>
        <translation>--with-secret braucht den Mandrill-Schlüssel: Setzen Sie HOOKMAIL_MANDRILL_KEY oder speichern Sie ihn in den Einstellungen von Hookmail.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The template does not render at %1, so there is no body to send: %2</source>
        <translation>Die Vorlage lässt sich bei %1 nicht rendern, daher gibt es keinen Body zum Senden: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This export contains your Mandrill key. Keep it out of version control and chat.</source>
        <translation>Dieser Export enthält Ihren Mandrill-Schlüssel. Halten Sie ihn aus Versionsverwaltung und Chats heraus.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A test address (repeat for more; default: the project&apos;s test recipients).</source>
        <translation>Eine Testadresse (für weitere wiederholen; Standard: die Testempfänger des Projekts).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>send-test: Render the action and send it through Mandrill to test addresses only.</source>
        <translation>send-test: Die Action rendern und über Mandrill nur an Testadressen senden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>give at least one --to ADDRESS (the email goes only there).</source>
        <translation>geben Sie mindestens ein --to ADDRESS an (die E-Mail geht nur dorthin).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The template skips this email (error &quot;cancel&quot;) for %1 with this identity, so there is nothing to send. Pick another identity with --identity.</source>
        <translation>Die Vorlage überspringt diese E-Mail (error &quot;cancel&quot;) für %1 mit dieser Identität, daher gibt es nichts zu senden. Wählen Sie mit --identity eine andere Identität.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The template does not render at %1: %2</source>
        <translation>Die Vorlage lässt sich bei %1 nicht rendern: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the output is not a JSON object</source>
        <translation>die Ausgabe ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../app/cli/Selectors.cpp" line="+25"/>
        <source>Cannot read the %1 file %2: %3</source>
        <translation>Die Datei %2 (%1) kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The %1 file %2 is too large (%3 KiB). Ory passes at most 64 KiB of template and ctx to Jsonnet, so a sample this big can never work; keep it under 1 MiB.</source>
        <translation>Die %1-Datei %2 ist zu groß (%3 KiB). Ory übergibt Jsonnet höchstens 64 KiB aus Vorlage und ctx, ein so großes Beispiel kann also nie funktionieren; bleiben Sie unter 1 MiB.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The %1 file %2 is not valid JSON: %3 at line %4, column %5.</source>
        <translation>Die Datei %2 (%1) ist kein gültiges JSON: %3 in Zeile %4, Spalte %5.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The %1 file %2 must contain a JSON object.</source>
        <translation>Die Datei %2 (%1) muss ein JSON-Objekt enthalten.</translation>
    </message>
    <message>
        <location filename="../app/cli/OryCommands.cpp" line="+105"/>
        <location filename="../app/cli/Selectors.cpp" line="+25"/>
        <source>A .hookmail project or a bare .jsonnet template (default: the built-in project).</source>
        <translation>Ein .hookmail-Projekt oder eine einzelne .jsonnet-Vorlage (Standard: das eingebaute Projekt).</translation>
    </message>
    <message>
        <location filename="../app/cli/Selectors.cpp" line="+2"/>
        <source>The action to use (name or id; default: the first).</source>
        <translation>Die zu verwendende Action (Name oder ID; Standard: die erste).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The hook point, e.g. registration/after/password (default: the action&apos;s hook points).</source>
        <translation>Der Hook-Punkt, z. B. registration/after/password (Standard: die Hook-Punkte der Action).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A sample identity preset name or a JSON file with an identity (default: the project&apos;s).</source>
        <translation>Name einer vordefinierten Beispielidentität oder eine JSON-Datei mit einer Identität (Standard: die des Projekts).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A JSON file used as ctx as-is, instead of a sample context.</source>
        <translation>Eine JSON-Datei, die unverändert als ctx verwendet wird, statt eines Beispielkontexts.</translation>
    </message>
    <message>
        <location filename="../app/cli/OryCommands.cpp" line="-36"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ory Network project id.</source>
        <translation>ID des Ory-Network-Projekts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ory workspace id.</source>
        <translation>ID des Ory-Workspace.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action name or id (needed when the file has several).</source>
        <translation>Name oder ID der Action (nötig, wenn die Datei mehrere enthält).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the change and send nothing.</source>
        <translation>Die Änderung anzeigen und nichts senden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the change after showing it (no interactive prompt).</source>
        <translation>Die Änderung nach dem Anzeigen senden (ohne Rückfrage).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the result to FILE.</source>
        <translation>Das Ergebnis in FILE schreiben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/Selectors.cpp" line="+16"/>
        <source>Machine-readable JSON output.</source>
        <translation>Maschinenlesbare JSON-Ausgabe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put a hook meant for a generic after-list (ignored by Ory while method lists exist) into the method lists instead.</source>
        <translation>Einen Hook, der für eine allgemeine after-Liste gedacht ist (von Ory ignoriert, solange Methodenlisten existieren), stattdessen in die Methodenlisten eintragen.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Environment: HOOKMAIL_ORY_KEY (workspace API key, ory_wak_…), HOOKMAIL_ORY_URL (API address, default https://api.console.ory.com), HOOKMAIL_MANDRILL_KEY (injected into pushed bodies).
Exit status: 0 ok; 1 refused or failed change (409 included); 2 usage or input errors.
</source>
        <translation>Umgebung: HOOKMAIL_ORY_KEY (Workspace-API-Schlüssel, ory_wak_…), HOOKMAIL_ORY_URL (API-Adresse, Standard https://api.console.ory.com), HOOKMAIL_MANDRILL_KEY (wird in übertragene Bodys eingesetzt).
Exit-Status: 0 ok; 1 abgelehnte oder fehlgeschlagene Änderung (auch 409); 2 Aufruf- oder Eingabefehler.
</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>No Ory workspace API key: set HOOKMAIL_ORY_KEY (a key starting with ory_wak_, created in the Ory Console under Workspace settings → API keys).</source>
        <translation>Kein Ory-Workspace-API-Schlüssel: Setzen Sie HOOKMAIL_ORY_KEY (ein Schlüssel, der mit ory_wak_ beginnt, erstellt in der Ory Console unter Workspace settings → API keys).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The project %1 has no action “%2”.</source>
        <translation>Das Projekt %1 hat keine Action „%2“.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The project %1 has no actions.</source>
        <translation>Das Projekt %1 hat keine Actions.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project %1 has several actions; choose one with --action NAME (%2).</source>
        <translation>Das Projekt %1 hat mehrere Actions; wählen Sie eine mit --action NAME (%2).</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dry run: nothing was sent to Ory.</source>
        <translation>Probelauf: Es wurde nichts an Ory gesendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was sent. Review the change above, then run again with --yes to send it (or --dry-run to only show it).</source>
        <translation>Es wurde nichts gesendet. Prüfen Sie die Änderung oben und führen Sie den Befehl dann mit --yes erneut aus, um sie zu senden (oder mit --dry-run, um sie nur anzuzeigen).</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Nothing was overwritten. Review the new change above and run again to send it.</source>
        <translation>Es wurde nichts überschrieben. Prüfen Sie die neue Änderung oben und führen Sie den Befehl erneut aus, um sie zu senden.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Sent. The project is now at revision %1.</source>
        <translation>Gesendet. Das Projekt hat jetzt Revision %1.</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>(built-in)</source>
        <translation>(eingebaut)</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Ory warning %1: %2</source>
        <translation>Ory-Warnung %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Snapshot of the previous hook lists: %1 (undo with &apos;hookmail rollback --project %2&apos;).</source>
        <translation>Snapshot der vorherigen Hook-Listen: %1 (rückgängig machen mit &apos;hookmail rollback --project %2&apos;).</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Ory changed the project, but not as planned (see above). Undo with &apos;hookmail rollback --project %1&apos;.</source>
        <translation>Ory hat das Projekt geändert, aber nicht wie geplant (siehe oben). Rückgängig machen mit &apos;hookmail rollback --project %1&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ory changed the project, but not as planned (see above).</source>
        <translation>Ory hat das Projekt geändert, aber nicht wie geplant (siehe oben).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>List the Ory Network projects.</source>
        <translation>Die Ory-Network-Projekte auflisten.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>List the Ory workspaces.</source>
        <translation>Die Ory-Workspaces auflisten.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Show the hooks of an Ory project per flow, phase and method (web_hook bodies decoded, keys masked); with FILE, also say whether each action will fire.</source>
        <translation>Die Hooks eines Ory-Projekts nach Flow, Phase und Methode anzeigen (web_hook-Bodys dekodiert, Schlüssel maskiert); mit FILE auch angeben, ob jede Action ausgelöst wird.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Push an action into an Ory Network project: Hookmail&apos;s own hook is added to, or replaced in, each of the action&apos;s hook lists; nothing else changes. The change is shown first and sent only with --yes, revision-checked.</source>
        <translation>Eine Action in ein Ory-Network-Projekt übertragen: Der eigene Hook von Hookmail wird in jeder Hook-Liste der Action hinzugefügt oder ersetzt; sonst ändert sich nichts. Die Änderung wird zuerst angezeigt und nur mit --yes gesendet, mit Revisionsprüfung.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No Mandrill key: set HOOKMAIL_MANDRILL_KEY. Hookmail adds it to the pushed body (Ory stores bodies unencrypted: use a key restricted to messages/send).</source>
        <translation>Kein Mandrill-Schlüssel: Setzen Sie HOOKMAIL_MANDRILL_KEY. Hookmail fügt ihn dem übertragenen Body hinzu (Ory speichert Bodys unverschlüsselt: Verwenden Sie einen auf messages/send beschränkten Schlüssel).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Push “%1”</source>
        <translation>„%1“ übertragen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Remove an action&apos;s hook (found by its stable id) from every hook list of an Ory Network project; shown first, sent only with --yes.</source>
        <translation>Den Hook einer Action (gefunden über seine feste ID) aus jeder Hook-Liste eines Ory-Network-Projekts entfernen; wird zuerst angezeigt und nur mit --yes gesendet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove “%1”</source>
        <translation>„%1“ entfernen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Restore the hook lists of an Ory Network project from the snapshot Hookmail took before its last push or removal; shown first, sent only with --yes, revision-checked.</source>
        <translation>Die Hook-Listen eines Ory-Network-Projekts aus dem Snapshot wiederherstellen, den Hookmail vor dem letzten Übertragen oder Entfernen angelegt hat; wird zuerst angezeigt und nur mit --yes gesendet, mit Revisionsprüfung.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Roll back to %1</source>
        <translation>Auf %1 zurücksetzen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Import the web_hooks of an Ory Network project as Hookmail actions (bodies decoded; Hookmail&apos;s own hooks recognised by their id).</source>
        <translation>Die web_hooks eines Ory-Network-Projekts als Hookmail-Actions importieren (Bodys dekodiert; die eigenen Hooks von Hookmail werden an ihrer ID erkannt).</translation>
    </message>
    <message>
        <location filename="../app/cli/Selectors.cpp" line="-8"/>
        <source>How the person got there, for the sample ctx: %1 (default: standard).</source>
        <translation>Wie die Person dorthin gelangt ist, für den Beispiel-ctx: %1 (Standard: standard).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use the request-header allow-list of this Kratos configuration (kratos.yml) instead of the project&apos;s.</source>
        <translation>Die Request-Header-Allowlist dieser Kratos-Konfiguration (kratos.yml) statt der des Projekts verwenden.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Too many files given (%1); pass at most one project or template.</source>
        <translation>Zu viele Dateien angegeben (%1); geben Sie höchstens ein Projekt oder eine Vorlage an.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The project has no actions.</source>
        <translation>Das Projekt hat keine Actions.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No action named “%1”. Actions in this project: %2.</source>
        <translation>Keine Action namens „%1“. Actions in diesem Projekt: %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” is not a hook point. Write FLOW/PHASE[/METHOD], e.g. registration/after/password, login/after/oidc, registration/before, recovery/after.</source>
        <translation>„%1“ ist kein Hook-Punkt. Schreiben Sie FLOW/PHASE[/METHOD], z. B. registration/after/password, login/after/oidc, registration/before, recovery/after.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>project sample</source>
        <translation>Beispiel des Projekts</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The identity file %1: %2</source>
        <translation>Die Identitätsdatei %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is neither an identity preset nor a file. Presets: %2.</source>
        <translation>„%1“ ist weder eine vordefinierte Identität noch eine Datei. Vordefiniert: %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” is not a sample variant. Variants: %2.</source>
        <translation>„%1“ ist keine Beispielvariante. Varianten: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ory has no “%1” variant at %2. There it has: %3. Pick another variant or another --hook.</source>
        <translation>Ory hat bei %2 keine Variante „%1“. Dort gibt es: %3. Wählen Sie eine andere Variante oder einen anderen --hook.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>ctx</source>
        <translation>ctx</translation>
    </message>
    <message>
        <location filename="../app/cli/DesignCommands.cpp" line="-216"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heading</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Button</source>
        <translation>Button</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Divider</source>
        <translation>Trennlinie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spacer</source>
        <translation>Abstand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Footer</source>
        <translation>Fußzeile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom HTML</source>
        <translation>Eigenes HTML</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(no alt text)</source>
        <translation>(kein Alternativtext)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the theme&apos;s logo</source>
        <translation>das Logo der Marke</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 px</source>
        <translation>%1 px</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The project has no emails.</source>
        <translation>Das Projekt hat keine E-Mails.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No email named “%1”. Emails in this project: %2.</source>
        <translation>Keine E-Mail namens „%1“. E-Mails in diesem Projekt: %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No email in this project is designed: they are all written in code.</source>
        <translation>Keine E-Mail in diesem Projekt ist im Design-Modus gestaltet: Alle sind in Code geschrieben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is written in code (Code mode), so it has no design: change its Jsonnet instead.</source>
        <translation>„%1“ ist in Code geschrieben (Code-Modus) und hat daher kein Design: Ändern Sie stattdessen sein Jsonnet.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The email to use (name or id; default: the first designed email).</source>
        <translation>Die zu verwendende E-Mail (Name oder ID; Standard: die erste gestaltete E-Mail).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A .hookmail project (default: the built-in project).</source>
        <translation>Ein .hookmail-Projekt (Standard: das eingebaute Projekt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show a designed email: its envelope and its blocks, numbered as &apos;hookmail design set&apos; uses them.</source>
        <translation>Eine gestaltete E-Mail anzeigen: ihren Umschlag und ihre Blöcke, nummeriert so, wie &apos;hookmail design set&apos; sie verwendet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Too many arguments; pass at most one project.</source>
        <translation>Zu viele Argumente; geben Sie höchstens ein Projekt an.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Email “%1” (Design mode)</source>
        <translation>E-Mail „%1“ (Design-Modus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reply-To</source>
        <translation>Antwort an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preheader</source>
        <translation>Vorschautext</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; no address: skipped</source>
        <translation>; ohne Adresse: übersprungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; no address: %1</source>
        <translation>; ohne Adresse: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Blocks:</source>
        <translation>Blöcke:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Plain-text version (written by hand):</source>
        <translation>Nur-Text-Version (von Hand geschrieben):</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The .hookmail project to change.</source>
        <translation>Das zu ändernde .hookmail-Projekt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The new plain text (a block&apos;s text: paragraphs separated by a blank line).</source>
        <translation>Der neue reine Text (beim Text eines Blocks: Absätze durch eine Leerzeile getrennt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change a designed email&apos;s envelope field or a block&apos;s text, and save the project. The email&apos;s template is generated again.</source>
        <translation>Ein Umschlagfeld oder den Text eines Blocks einer gestalteten E-Mail ändern und das Projekt speichern. Die Vorlage der E-Mail wird neu erzeugt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name the project file to change; the built-in project cannot be changed.</source>
        <translation>Geben Sie die zu ändernde Projektdatei an; das eingebaute Projekt kann nicht geändert werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected FILE FIELD VALUE.</source>
        <translation>Erwartet: FILE FIELD VALUE.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a .hookmail project; a template file has no design.</source>
        <translation>%1 ist kein .hookmail-Projekt; eine Vorlagendatei hat kein Design.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>There is no block %1: “%2” has %3 (see &apos;hookmail design show&apos;).</source>
        <translation>Es gibt keinen Block %1 (Blöcke in „%2“: %3; siehe &apos;hookmail design show&apos;).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Block %1 is a %2 block, which has no text to set.</source>
        <translation>Block %1 ist vom Typ „%2“ und hat keinen Text, der sich festlegen lässt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown field “%1”; use one of %2.</source>
        <translation>Unbekanntes Feld „%1“; verwenden Sie eines von %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Set %1 of “%2” in %3.</source>
        <translation>%1 von „%2“ in %3 festgelegt.</translation>
    </message>
</context>
<context>
    <name>hookmail::ActionEditorPane</name>
    <message>
        <location filename="../ui/editor/ActionEditorPane.cpp" line="+35"/>
        <source>Design</source>
        <translation>Design</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Design the email from blocks (no code needed)</source>
        <translation>Die E-Mail aus Blöcken gestalten (kein Code nötig)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the Jsonnet template (for developers)</source>
        <translation>Die Jsonnet-Vorlage bearbeiten (für Entwickler)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mandrill template</source>
        <translation>Mandrill-Vorlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send a template designed in Mandrill or Mailchimp, filled from the person</source>
        <translation>Eine in Mandrill oder Mailchimp gestaltete Vorlage senden, mit den Daten der Person ausgefüllt</translation>
    </message>
    <message>
        <location line="+194"/>
        <source>No HTML or code needed</source>
        <translation>Ohne HTML und Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jsonnet; the key is added for you</source>
        <translation>Jsonnet; der Schlüssel wird automatisch ergänzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Designed in Mandrill</source>
        <translation>In Mandrill gestaltet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Build the email from blocks; Hookmail writes the template Ory runs.</source>
        <translation>Bauen Sie die E-Mail aus Blöcken; Hookmail schreibt die Vorlage, die Ory ausführt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Jsonnet template Ory runs. Your Mandrill key is added when the email is sent or pushed, never kept here.</source>
        <translation>Die Jsonnet-Vorlage, die Ory ausführt. Ihr Mandrill-Schlüssel wird beim Senden oder Übertragen ergänzt und nie hier aufbewahrt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The email&apos;s design lives in Mandrill; Hookmail fills its fields from the person and sends it with messages/send-template.</source>
        <translation>Die Gestaltung der E-Mail liegt in Mandrill; Hookmail füllt ihre Felder mit den Daten der Person und sendet sie mit messages/send-template.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Switch to Code</source>
        <translation>Zu Code wechseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch &quot;%1&quot; to Code?

You will edit the Jsonnet template the designer wrote for this email. You can come back to Design only as long as you leave the code unchanged: once you edit it, the designer can no longer show this email (undoing your code edits makes it possible again).</source>
        <translation>„%1“ auf Code umstellen?

Sie bearbeiten dann die Jsonnet-Vorlage, die der Design-Editor für diese E-Mail geschrieben hat. Sie können nur zu Design zurückkehren, solange Sie den Code unverändert lassen: Sobald Sie ihn bearbeiten, kann der Design-Editor diese E-Mail nicht mehr anzeigen (wenn Sie Ihre Codeänderungen rückgängig machen, ist es wieder möglich).</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>This email was written in code (or imported), so there is no design to go back to. Keep working in Code, or add a new email to design one.</source>
        <translation>Diese E-Mail wurde als Code geschrieben (oder importiert), daher gibt es kein Design, zu dem Sie zurückkehren könnten. Arbeiten Sie in Code weiter oder fügen Sie eine neue E-Mail hinzu, um eine zu gestalten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The designer can&apos;t show this email: the code was changed by hand (or the brand changed since), and the designer would lose those changes. Undo your code edits to go back to Design, or keep working in Code.</source>
        <translation>Der Design-Editor kann diese E-Mail nicht anzeigen: Der Code wurde von Hand geändert (oder die Marke hat sich seitdem geändert), und der Design-Editor würde diese Änderungen verlieren. Machen Sie Ihre Codeänderungen rückgängig, um zu Design zurückzukehren, oder arbeiten Sie in Code weiter.</translation>
    </message>
    <message>
        <location line="-251"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location line="+281"/>
        <source>Use a Mandrill template</source>
        <translation>Eine Mandrill-Vorlage verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send &quot;%1&quot; with a template stored in Mandrill?

The Jsonnet you wrote for this email is replaced by the one Hookmail writes for the template (undo brings it back).</source>
        <translation>&quot;%1&quot; mit einer in Mandrill gespeicherten Vorlage senden?

Das Jsonnet, das Sie für diese E-Mail geschrieben haben, wird durch das ersetzt, das Hookmail für die Vorlage schreibt (Rückgängig stellt es wieder her).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This email has no design to move into Mandrill.</source>
        <translation>Diese E-Mail hat keine Gestaltung, die nach Mandrill verschoben werden könnte.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>hookmail::ActionListPane</name>
    <message>
        <location filename="../ui/project/ActionListPane.cpp" line="+99"/>
        <location line="+374"/>
        <source>Delete email</source>
        <translation>E-Mail löschen</translation>
    </message>
    <message>
        <location line="-439"/>
        <source>Emails in this project</source>
        <translation>E-Mails in diesem Projekt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When this email is sent</source>
        <translation>Wann diese E-Mail gesendet wird</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add an email</source>
        <translation>Eine E-Mail hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate the selected email</source>
        <translation>Die ausgewählte E-Mail duplizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename the selected email (F2)</source>
        <translation>Die ausgewählte E-Mail umbenennen (F2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected email</source>
        <translation>Die ausgewählte E-Mail löschen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;When is it sent?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wann wird sie gesendet?&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Social (Google, GitHub…)</source>
        <translation>Sozial (Google, GitHub…)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One-time code by email</source>
        <translation>Einmalcode per E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passkey</source>
        <translation>Passkey</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security key</source>
        <translation>Sicherheitsschlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authenticator app</source>
        <translation>Authenticator-App</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup code</source>
        <translation>Backup-Code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile details (name, email…)</source>
        <translation>Profildaten (Name, E-Mail…)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SAML (Ory Network)</source>
        <translation>SAML (Ory Network)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign-up</source>
        <translation>Registrierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account settings</source>
        <translation>Kontoeinstellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovery</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verification</source>
        <translation>Verifizierung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a password</source>
        <comment>method inside a sentence</comment>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a social account (Google, GitHub…)</source>
        <comment>method inside a sentence</comment>
        <translation>sozialem Konto (Google, GitHub…)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a one-time code by email</source>
        <comment>method inside a sentence</comment>
        <translation>E-Mail-Einmalcode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a passkey</source>
        <comment>method inside a sentence</comment>
        <translation>Passkey</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a security key</source>
        <comment>method inside a sentence</comment>
        <translation>Sicherheitsschlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an authenticator app</source>
        <comment>method inside a sentence</comment>
        <translation>Authenticator-App</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a backup code</source>
        <comment>method inside a sentence</comment>
        <translation>Backup-Code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>their organization&apos;s SAML single sign-on</source>
        <comment>method inside a sentence</comment>
        <translation>das SAML-Single-Sign-on ihrer Organisation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>sign-up</source>
        <comment>group inside a sentence</comment>
        <translation>Registrierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sign-in</source>
        <comment>group inside a sentence</comment>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>change in the account settings</source>
        <comment>group inside a sentence</comment>
        <translation>Änderung in den Kontoeinstellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recovery</source>
        <comment>group inside a sentence</comment>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>verification</source>
        <comment>group inside a sentence</comment>
        <translation>Verifizierung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ory sends it after any %1 for which no method above is ticked anywhere in the project; Ory ignores this list as soon as one method has its own list, so prefer the methods.</source>
        <translation>Ory sendet sie nach jeder %1, für die im Projekt keine der obigen Methoden angekreuzt ist; Ory ignoriert diese Liste, sobald eine Methode eine eigene Liste hat, daher sind die Methoden vorzuziehen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ory sends it right after someone creates an account with %1 — after the step, so the new account is there.</source>
        <translation>Ory sendet sie direkt, nachdem jemand ein Konto per %1 angelegt hat – nach dem Schritt, das neue Konto existiert also schon.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ory sends it right after someone signs in with %1 — after the step.</source>
        <translation>Ory sendet sie direkt, nachdem sich jemand per %1 angemeldet hat – nach dem Schritt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ory sends it right after someone saves changes to their profile — after the step, with the new details.</source>
        <translation>Ory sendet sie direkt, nachdem jemand Änderungen an seinem Profil gespeichert hat – nach dem Schritt, mit den neuen Daten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ory sends it right after someone gets back into their account through recovery — after the step.</source>
        <translation>Ory sendet sie direkt, nachdem jemand über die Wiederherstellung wieder Zugang zu seinem Konto bekommen hat – nach dem Schritt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ory sends it right after someone confirms an email address — after the step.</source>
        <translation>Ory sendet sie direkt, nachdem jemand eine E-Mail-Adresse bestätigt hat – nach dem Schritt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only Ory Network projects with SAML single sign-on switched on use this list; elsewhere it is never used, and a self-hosted export leaves it out.</source>
        <translation>Nur Ory-Network-Projekte mit eingeschaltetem SAML-Single-Sign-on nutzen diese Liste; anderswo wird sie nie verwendet, und ein Export für selbst gehostete Installationen lässt sie aus.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Any method (general list)</source>
        <translation>Jede Methode (allgemeine Liste)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Tick when Ory sends this email; select a line to read what it means.</source>
        <translation>Kreuzen Sie an, wann Ory diese E-Mail sendet; wählen Sie eine Zeile, um zu lesen, was sie bedeutet.</translation>
    </message>
    <message>
        <location line="-339"/>
        <source>Tick the moments at which Ory sends this email</source>
        <translation>Kreuzen Sie die Momente an, zu denen Ory diese E-Mail sendet</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Rename email</source>
        <translation>E-Mail umbenennen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duplicate email</source>
        <translation>E-Mail duplizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate the selected email (Ctrl+D)</source>
        <translation>Die ausgewählte E-Mail duplizieren (Strg+D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected email (Delete)</source>
        <translation>Die ausgewählte E-Mail löschen (Entf)</translation>
    </message>
    <message>
        <location line="+209"/>
        <source>Ory sends it right after someone changes how they sign in with %1 in the account settings — after the step.</source>
        <translation>Ory sendet sie direkt, nachdem jemand in den Kontoeinstellungen die Anmeldung per %1 geändert hat – nach dem Schritt.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Tick “%1” to send it after every method listed under it.</source>
        <translation>Kreuzen Sie „%1“ an, um sie nach jeder darunter aufgeführten Methode zu senden.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>New email</source>
        <translation>Neue E-Mail</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Delete &quot;%1&quot;? This cannot be undone after you save.</source>
        <translation>„%1“ löschen? Nach dem Speichern lässt sich das nicht mehr rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>hookmail::BlockCatalog</name>
    <message>
        <location filename="../ui/design/BlockCatalog.cpp" line="+13"/>
        <location line="+19"/>
        <location line="+16"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Your brand logo, set once in the Brand tab</source>
        <translation>Das Logo Ihrer Marke, einmal im Reiter Marke festgelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>A picture from a web address</source>
        <translation>Ein Bild von einer Webadresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>Heading</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>A title in large type</source>
        <translation>Ein Titel in großer Schrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Paragraphs with bold, italic, links and lists</source>
        <translation>Absätze mit Fett, Kursiv, Links und Listen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <source>Button</source>
        <translation>Button</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>A big link in the brand colour</source>
        <translation>Ein großer Link in der Markenfarbe</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <source>Divider</source>
        <translation>Trennlinie</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>A thin line between parts</source>
        <translation>Eine dünne Linie zwischen Abschnitten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+39"/>
        <source>Spacer</source>
        <translation>Abstand</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Empty space</source>
        <translation>Leerraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+40"/>
        <source>Footer</source>
        <translation>Fußzeile</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Small print: your address, why the person gets this email</source>
        <translation>Kleingedrucktes: Ihre Adresse, warum die Person diese E-Mail erhält</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+40"/>
        <source>Custom HTML</source>
        <translation>Eigenes HTML</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>For people who write HTML</source>
        <translation>Für Personen, die HTML schreiben</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1 px</source>
        <translation>%1 px</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>hookmail::BlockForm</name>
    <message>
        <location filename="../ui/design/BlockForm.cpp" line="+67"/>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centre</source>
        <translation>Zentriert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
</context>
<context>
    <name>hookmail::ButtonBlockForm</name>
    <message>
        <location filename="../ui/design/ButtonBlockForm.cpp" line="+11"/>
        <source>Button</source>
        <translation>Button</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A big link people click. Its colours come from the Brand tab, so every button matches.</source>
        <translation>Ein großer Link, den Personen anklicken. Seine Farben kommen aus dem Reiter Marke, daher passen alle Buttons zusammen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Button label</source>
        <translation>Button-Beschriftung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Button link</source>
        <translation>Button-Link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://example.com/start</source>
        <translation>https://example.com/start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Button alignment</source>
        <translation>Button-Ausrichtung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Label:</source>
        <translation>&amp;Beschriftung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lin&amp;k:</source>
        <translation>Lin&amp;k:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Alignment:</source>
        <translation>&amp;Ausrichtung:</translation>
    </message>
</context>
<context>
    <name>hookmail::ChecksView</name>
    <message>
        <location filename="../ui/preview/ChecksView.cpp" line="+13"/>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
</context>
<context>
    <name>hookmail::ChipTextEdit</name>
    <message>
        <location filename="../ui/design/ChipTextEdit.cpp" line="+160"/>
        <source>When a person has no “%1”, show instead (may be empty):</source>
        <translation>Wenn bei einer Person „%1“ fehlt, stattdessen anzeigen (darf leer sein):</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Link address, e.g. https://example.com (empty removes the link):</source>
        <translation>Linkadresse, z. B. https://example.com (leer entfernt den Link):</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>Change what “%1” shows when it is empty…</source>
        <translation>Ändern, was „%1“ anzeigt, wenn es leer ist…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 of the person; nothing when they have none. Double-click to change.</source>
        <translation>%1 der Person; nichts, wenn nicht vorhanden. Zum Ändern doppelklicken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of the person, or “%2” when they have none. Double-click to change.</source>
        <translation>%1 der Person oder „%2“, wenn nicht vorhanden. Zum Ändern doppelklicken.</translation>
    </message>
</context>
<context>
    <name>hookmail::ChipTextField</name>
    <message>
        <location filename="../ui/design/ChipTextField.cpp" line="+21"/>
        <source>Insert a field into %1</source>
        <translation>Ein Feld in „%1“ einfügen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>B</source>
        <translation>F</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bold</source>
        <translation>Fett</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I</source>
        <translation>K</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Link…</source>
        <translation>Link…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>• List</source>
        <translation>• Liste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bulleted list</source>
        <translation>Aufzählung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1. List</source>
        <translation>1. Liste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Numbered list</source>
        <translation>Nummerierte Liste</translation>
    </message>
</context>
<context>
    <name>hookmail::ColorButton</name>
    <message>
        <location filename="../ui/design/ColorButton.cpp" line="+36"/>
        <source>Choose a colour (now %1)</source>
        <translation>Eine Farbe wählen (aktuell %1)</translation>
    </message>
</context>
<context>
    <name>hookmail::CustomHtmlBlockForm</name>
    <message>
        <location filename="../ui/design/CustomHtmlBlockForm.cpp" line="+13"/>
        <location line="+6"/>
        <source>Custom HTML</source>
        <translation>Eigenes HTML</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>⚠ For people who write HTML: this is put into the email exactly as written.</source>
        <translation>⚠ Für Personen, die HTML schreiben: Dies wird genau so in die E-Mail übernommen, wie es geschrieben ist.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A field is written {{traits.name.first|fallback}}; its value is escaped.</source>
        <translation>Ein Feld schreiben Sie als {{traits.name.first|Ersatzwert}}; sein Wert wird maskiert (escaped).</translation>
    </message>
</context>
<context>
    <name>hookmail::DesignPane</name>
    <message>
        <location filename="../ui/design/DesignPane.cpp" line="+75"/>
        <source>C&amp;ontent</source>
        <translation>&amp;Inhalt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Envelope</source>
        <translation>&amp;Umschlag</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit the envelope</source>
        <translation>Umschlag bearbeiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Brand</source>
        <translation>&amp;Marke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colours, font and logo of every email of this project</source>
        <translation>Farben, Schrift und Logo aller E-Mails dieses Projekts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the brand</source>
        <translation>Marke ändern</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>+ Add block</source>
        <translation>+ Block hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a block</source>
        <translation>Einen Block hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a block after the selected one</source>
        <translation>Einen Block nach dem ausgewählten hinzufügen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>↑</source>
        <translation>↑</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+53"/>
        <location line="+4"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>↓</source>
        <translation>↓</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+53"/>
        <location line="+3"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+56"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Duplicate the block</source>
        <translation>Den Block duplizieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+55"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Delete the block</source>
        <translation>Den Block löschen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Blocks of the email, top to bottom</source>
        <translation>Blöcke der E-Mail, von oben nach unten</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Select a block above to change it, or add one with “+ Add block”.</source>
        <translation>Wählen Sie oben einen Block aus, um ihn zu ändern, oder fügen Sie mit „+ Block hinzufügen“ einen hinzu.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Add a %1 block</source>
        <translation>Block „%1“ hinzufügen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Move a block up</source>
        <translation>Block nach oben verschieben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move a block down</source>
        <translation>Block nach unten verschieben</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Duplicate a block</source>
        <translation>Block duplizieren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete a %1 block</source>
        <translation>Block „%1“ löschen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Move a block</source>
        <translation>Block verschieben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>hookmail::DividerBlockForm</name>
    <message>
        <location filename="../ui/design/DividerBlockForm.cpp" line="+6"/>
        <source>Divider</source>
        <translation>Trennlinie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A thin line across the email that separates two parts. It takes its colour from the text colour in the Brand tab; there is nothing else to set.</source>
        <translation>Eine dünne Linie quer über die E-Mail, die zwei Abschnitte trennt. Sie übernimmt ihre Farbe von der Textfarbe im Reiter Marke; sonst gibt es nichts einzustellen.</translation>
    </message>
</context>
<context>
    <name>hookmail::DocumentController</name>
    <message>
        <location filename="../app/session/DocumentController.cpp" line="+30"/>
        <location line="+127"/>
        <location line="+146"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location line="-238"/>
        <source>%1%2 — Hookmail</source>
        <translation>%1%2 — Hookmail</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Welcome email</source>
        <translation>Willkommens-E-Mail</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not open the project</source>
        <translation>Das Projekt konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Could not save the project</source>
        <translation>Das Projekt konnte nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>hookmail::EmailFormPane</name>
    <message>
        <location filename="../ui/editor/EmailFormPane.h" line="+25"/>
        <source>Primary verified address, else the first address (recommended)</source>
        <translation>Primäre bestätigte Adresse, sonst die erste Adresse (empfohlen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Primary verified address only</source>
        <translation>Nur die primäre bestätigte Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First email address, verified or not</source>
        <translation>Erste E-Mail-Adresse, ob bestätigt oder nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The email field of the profile (traits.email)</source>
        <translation>Das E-Mail-Feld des Profils (traits.email)</translation>
    </message>
</context>
<context>
    <name>hookmail::EmailHeaderBlock</name>
    <message>
        <location filename="../ui/preview/EmailHeaderBlock.cpp" line="+38"/>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(nobody — Mandrill would send nothing)</source>
        <translation>(niemand – Mandrill würde nichts senden)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mandrill template, rendered here by Hookmail for this person (Mandrill renders it when sending).</source>
        <translation>Mandrill-Vorlage, hier von Hookmail für diese Person gerendert (Mandrill rendert sie beim Senden).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shown as written: %1.</source>
        <translation>So gezeigt, wie geschrieben: %1.</translation>
    </message>
</context>
<context>
    <name>hookmail::EmailHtmlView</name>
    <message>
        <location filename="../ui/preview/EmailHtmlView.cpp" line="+94"/>
        <source>The email appears here as you write it.</source>
        <translation>Die E-Mail erscheint hier, während Sie sie schreiben.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Rendered HTML email</source>
        <translation>Gerenderte HTML-E-Mail</translation>
    </message>
</context>
<context>
    <name>hookmail::EmailPreviewView</name>
    <message>
        <location filename="../ui/preview/EmailPreviewView.cpp" line="+23"/>
        <source>Load remote images</source>
        <translation>Externe Bilder laden</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Remote images are blocked so opening a preview never tells a server that the email was viewed. Turn this on to see them.</source>
        <translation>Externe Bilder werden blockiert, damit das Öffnen einer Vorschau einem Server nie verrät, dass die E-Mail angesehen wurde. Schalten Sie dies ein, um sie zu sehen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Narrow (mobile)</source>
        <translation>Schmal (mobil)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the email at a phone&apos;s width (%1 px)</source>
        <translation>Die E-Mail in Smartphone-Breite anzeigen (%1 px)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Narrow mobile view</source>
        <translation>Schmale Mobilansicht</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Plain-text version</source>
        <translation>Nur-Text-Version</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Plain-text body</source>
        <translation>Nur-Text-Inhalt</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+264"/>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <location line="-266"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>This template and sample together are larger than the 64 KiB Ory accepts; Ory would refuse to run it. Make the template or the sample identity smaller.</source>
        <translation>Vorlage und Beispiel sind zusammen größer als die 64 KiB, die Ory annimmt; Ory würde die Ausführung verweigern. Verkleinern Sie die Vorlage oder die Beispielidentität.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Line %1, column %2: </source>
        <translation>Zeile %1, Spalte %2: </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This email has no HTML part; only the plain-text version below is sent.</source>
        <translation>Diese E-Mail hat keinen HTML-Teil; nur die Nur-Text-Version unten wird gesendet.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Hook skipped: for this sample the template cancels (error &quot;cancel&quot;), so Ory sends nothing and the sign-up or login goes on normally.</source>
        <translation>Hook übersprungen: Für dieses Beispiel bricht die Vorlage ab (error &quot;cancel&quot;), daher sendet Ory nichts und die Registrierung oder Anmeldung läuft normal weiter.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The template has an error, so Ory would not send this email: %1</source>
        <translation>Die Vorlage enthält einen Fehler, daher würde Ory diese E-Mail nicht senden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Below is the last version that worked.</source>
        <translation>Unten sehen Sie die letzte Version, die funktioniert hat.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Checks (%1)</source>
        <translation>Prüfungen (%1)</translation>
    </message>
</context>
<context>
    <name>hookmail::EnvelopeForm</name>
    <message>
        <location filename="../ui/design/EnvelopeForm.cpp" line="+45"/>
        <source>From &amp;name:</source>
        <translation>Absender&amp;name:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sender name</source>
        <translation>Absendername</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From &amp;address:</source>
        <translation>Absender&amp;adresse:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sender address</source>
        <translation>Absenderadresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hello@example.com (a domain set up in Mandrill)</source>
        <translation>hallo@example.com (eine in Mandrill eingerichtete Domain)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reply to:</source>
        <translation>Antwo&amp;rt an:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reply-to address</source>
        <translation>Antwortadresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: where answers go</source>
        <translation>Optional: wohin Antworten gehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preheader:</source>
        <translation>&amp;Vorschautext:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Preheader</source>
        <translation>Vorschautext</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The preview line inbox lists show after the subject.</source>
        <translation>Die Vorschauzeile, die Posteingänge nach dem Betreff anzeigen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>welcome, onboarding (for Mandrill&apos;s reports)</source>
        <translation>willkommen, onboarding (für Mandrills Berichte)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send to</source>
        <translation>Senden an</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;end to:</source>
        <translation>S&amp;enden an:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient na&amp;me:</source>
        <translation>Empfän&amp;gername:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recipient name</source>
        <translation>Empfängername</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Don&apos;t send the email</source>
        <translation>Die E-Mail nicht senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send it to this address instead:</source>
        <translation>Stattdessen an diese Adresse senden:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Address used when the person has none</source>
        <translation>Adresse, die verwendet wird, wenn die Person keine hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>team@example.com</source>
        <translation>team@example.com</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Without an address:</source>
        <translation>Ohne Adresse:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People who sign up with a social login may have no email address.</source>
        <translation>Personen, die sich über einen sozialen Anbieter registrieren, haben möglicherweise keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language of the email</source>
        <translation>Sprache der E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>en</source>
        <translation>en</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A language code such as en, de or pt-BR: screen readers use it to pronounce the email.</source>
        <translation>Ein Sprachcode wie en, de oder pt-BR: Screenreader verwenden ihn, um die E-Mail richtig auszusprechen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Write the plain-text version myself</source>
        <translation>Nur-Text-Version selbst &amp;schreiben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some people read email as plain text. It is made from the blocks unless you write it here.</source>
        <translation>Manche Menschen lesen E-Mails als reinen Text. Diese Version wird aus den Blöcken erzeugt, sofern Sie sie nicht hier selbst schreiben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plain-text version</source>
        <translation>Nur-Text-Version</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Custom: %1</source>
        <translation>Benutzerdefiniert: %1</translation>
    </message>
</context>
<context>
    <name>hookmail::ExportDialog</name>
    <message>
        <location filename="../ui/project/ExportDialog.cpp" line="+26"/>
        <source>Export “%1”</source>
        <translation>„%1“ exportieren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save export to folder</source>
        <translation>Export in Ordner speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not save the export</source>
        <translation>Der Export konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The export uses a placeholder instead.</source>
        <translation>Der Export verwendet stattdessen einen Platzhalter.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>⚠ This export contains your Mandrill key. Anyone who sees it can send email as you: don&apos;t paste it into chats or tickets, and prefer a key that may only send messages.</source>
        <translation>⚠ Dieser Export enthält Ihren Mandrill-Schlüssel. Wer ihn sieht, kann in Ihrem Namen E-Mails senden: Fügen Sie ihn nicht in Chats oder Tickets ein und verwenden Sie besser einen Schlüssel, der nur Nachrichten senden darf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your Mandrill key is left out; the export has the placeholder &lt;MANDRILL_API_KEY&gt; where it goes.</source>
        <translation>Ihr Mandrill-Schlüssel ist nicht enthalten; der Export hat an seiner Stelle den Platzhalter &lt;MANDRILL_API_KEY&gt;.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>hookmail::FieldCatalog</name>
    <message>
        <location filename="../ui/design/FieldCatalog.cpp" line="+17"/>
        <source>there</source>
        <translation>zusammen</translation>
    </message>
</context>
<context>
    <name>hookmail::FieldMenuButton</name>
    <message>
        <location filename="../ui/design/FieldMenuButton.cpp" line="+13"/>
        <source>Insert field</source>
        <translation>Feld einfügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert a field of the person</source>
        <translation>Ein Feld der Person einfügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert a value of the person this email goes to, such as their first name</source>
        <translation>Einen Wert der Person einfügen, an die diese E-Mail geht, etwa ihren Vornamen</translation>
    </message>
</context>
<context>
    <name>hookmail::FindReplaceBar</name>
    <message>
        <location filename="../ui/editor/FindReplaceBar.cpp" line="+17"/>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find text</source>
        <translation>Suchtext</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replacement text</source>
        <translation>Ersetzungstext</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Previous</source>
        <translation>Vorheriger</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find previous (Shift+Enter)</source>
        <translation>Vorherigen Treffer suchen (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Nächster</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find next (Enter)</source>
        <translation>Nächsten Treffer suchen (Eingabe)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replace this match</source>
        <translation>Diesen Treffer ersetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace all</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replace every match</source>
        <translation>Alle Treffer ersetzen</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Wrapped around</source>
        <translation>Suche am Anfang fortgesetzt</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+54"/>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Replaced %n match(es)</source>
        <translation>
            <numerusform>%n Treffer ersetzt</numerusform>
            <numerusform>%n Treffer ersetzt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookmail::FirstRunGuide</name>
    <message>
        <location filename="../ui/window/FirstRunGuide.cpp" line="+18"/>
        <source>&lt;b&gt;Welcome to Hookmail.&lt;/b&gt; &amp;nbsp;&lt;b&gt;1 Write&lt;/b&gt; the email in the middle; the preview on the right shows it as Ory will send it (choose the person and the moment above it). &amp;nbsp;&lt;b&gt;2 Test&lt;/b&gt; it: &lt;a href=&quot;test&quot;&gt;Send test&lt;/a&gt; in the toolbar sends it to you. &amp;nbsp;&lt;b&gt;3 Ship&lt;/b&gt; it: &lt;a href=&quot;ory&quot;&gt;Publish to Ory…&lt;/a&gt; in the toolbar (or Export… it as a file). Your Mandrill and Ory keys stay in the system keychain, never in project files.</source>
        <translation>&lt;b&gt;Willkommen bei Hookmail.&lt;/b&gt; &amp;nbsp;&lt;b&gt;1 Schreiben&lt;/b&gt; Sie die E-Mail in der Mitte; die Vorschau rechts zeigt sie so, wie Ory sie senden wird (Person und Moment wählen Sie darüber). &amp;nbsp;&lt;b&gt;2 Testen&lt;/b&gt; Sie sie: &lt;a href=&quot;test&quot;&gt;Test senden&lt;/a&gt; in der Werkzeugleiste schickt sie an Sie. &amp;nbsp;&lt;b&gt;3 Ausliefern&lt;/b&gt;: &lt;a href=&quot;ory&quot;&gt;In Ory veröffentlichen…&lt;/a&gt; in der Werkzeugleiste (oder als Datei exportieren…). Ihre Mandrill- und Ory-Schlüssel bleiben im Schlüsselbund des Systems, nie in Projektdateien.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Got it</source>
        <translation>Verstanden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss the welcome guide</source>
        <translation>Die Willkommensanleitung ausblenden</translation>
    </message>
</context>
<context>
    <name>hookmail::FirstTestSendDialog</name>
    <message>
        <location filename="../ui/mandrill/FirstTestSendDialog.cpp" line="+19"/>
        <source>Send a test email</source>
        <translation>Test-E-Mail senden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hookmail sends the email through your Mandrill account to an address of yours. It needs two things, once.</source>
        <translation>Hookmail sendet die E-Mail über Ihr Mandrill-Konto an eine Ihrer Adressen. Dafür braucht es einmalig zwei Angaben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hookmail sends the email through your Mandrill account. It needs your Mandrill key, once.</source>
        <translation>Hookmail sendet die E-Mail über Ihr Mandrill-Konto. Dafür braucht es einmalig Ihren Mandrill-Schlüssel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where should the test email go? Hookmail remembers the address for this project.</source>
        <translation>Wohin soll die Test-E-Mail gehen? Hookmail merkt sich die Adresse für dieses Projekt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mandrill key</source>
        <translation>Mandrill-Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mailchimp Transactional API key</source>
        <translation>API-Schlüssel für Mailchimp Transactional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mandrill &amp;key:</source>
        <translation>Mandrill-&amp;Schlüssel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept in the system keychain, never in the project file. A key allowed only to send messages is safest.</source>
        <translation>Wird im Schlüsselbund des Systems aufbewahrt, nie in der Projektdatei. Ein Schlüssel, der nur Nachrichten senden darf, ist am sichersten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Test address</source>
        <translation>Testadresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you@example.com</source>
        <translation>sie@example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send &amp;to:</source>
        <translation>Senden &amp;an:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save and &amp;send</source>
        <translation>Speichern und &amp;senden</translation>
    </message>
</context>
<context>
    <name>hookmail::HeadingBlockForm</name>
    <message>
        <location filename="../ui/design/HeadingBlockForm.cpp" line="+11"/>
        <source>Heading</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A title in large type.</source>
        <translation>Ein Titel in großer Schrift.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heading text</source>
        <translation>Text der Überschrift</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Heading size</source>
        <translation>Größe der Überschrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large (the email&apos;s title)</source>
        <translation>Groß (Titel der E-Mail)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smaller (a section)</source>
        <translation>Kleiner (ein Abschnitt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heading alignment</source>
        <translation>Ausrichtung der Überschrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Alignment:</source>
        <translation>&amp;Ausrichtung:</translation>
    </message>
</context>
<context>
    <name>hookmail::ImageBlockForm</name>
    <message>
        <location filename="../ui/design/ImageBlockForm.cpp" line="+14"/>
        <source>Image or logo</source>
        <translation>Bild oder Logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A picture from a web address (https://…). Email programs don&apos;t show pictures sent inside the email, so it has to be online.</source>
        <translation>Ein Bild von einer Webadresse (https://…). E-Mail-Programme zeigen keine Bilder an, die in der E-Mail selbst mitgeschickt werden, daher muss es online sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the brand &amp;logo (set in the Brand tab)</source>
        <translation>Marken&amp;logo verwenden (im Reiter „Marke“ festgelegt)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Picture address</source>
        <translation>Bildadresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://example.com/picture.png</source>
        <translation>https://example.com/picture.png</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Description of the picture</source>
        <translation>Beschreibung des Bildes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown when pictures are off, read out to blind people</source>
        <translation>Wird angezeigt, wenn Bilder ausgeschaltet sind, und blinden Menschen vorgelesen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Picture width</source>
        <translation>Bildbreite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Natural size</source>
        <translation>Originalgröße</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Picture link</source>
        <translation>Bildlink</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: https://… opens when the picture is clicked</source>
        <translation>Optional: https://… wird geöffnet, wenn auf das Bild geklickt wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture alignment</source>
        <translation>Bildausrichtung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Width:</source>
        <translation>B&amp;reite:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lin&amp;k:</source>
        <translation>Lin&amp;k:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ali&amp;gnment:</source>
        <translation>A&amp;usrichtung:</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No brand logo yet: add its address in the Brand tab.</source>
        <translation>Noch kein Markenlogo: Fügen Sie seine Adresse im Reiter „Marke“ hinzu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brand logo: %1</source>
        <translation>Markenlogo: %1</translation>
    </message>
</context>
<context>
    <name>hookmail::JsonnetEditor</name>
    <message>
        <location filename="../ui/editor/JsonnetEditor.cpp" line="+24"/>
        <source>Find…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replace…</source>
        <translation>Ersetzen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format Jsonnet</source>
        <translation>Jsonnet formatieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Jsonnet template</source>
        <translation>Jsonnet-Vorlage</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Cannot format: %1</source>
        <translation>Formatieren nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>hookmail::MainWindow</name>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="+51"/>
        <source>Hookmail</source>
        <translation>Hookmail</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The link&apos;s block is selected for editing. Ctrl+click a link to open it in your browser.</source>
        <translation>Der Block des Links ist zum Bearbeiten ausgewählt. Strg+Klick auf einen Link öffnet ihn in Ihrem Browser.</translation>
    </message>
    <message>
        <location line="+189"/>
        <source>Checking every hook point…</source>
        <translation>Alle Hook-Punkte werden geprüft…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preview updated (%1 ms)</source>
        <translation>Vorschau aktualisiert (%1 ms)</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../ui/window/MainMenus.cpp" line="+44"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New &amp;Email</source>
        <translation>Neue E-&amp;Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Publish to Ory…</source>
        <translation>In Ory &amp;veröffentlichen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put this email into your Ory Network project, step by step, with a review before anything changes</source>
        <translation>Diese E-Mail Schritt für Schritt in Ihr Ory-Network-Projekt bringen, mit einer Prüfung, bevor sich etwas ändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the action for the ory CLI, a self-hosted Kratos or curl</source>
        <translation>Die Action für die ory-CLI, ein selbst betriebenes Kratos oder curl speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Replace…</source>
        <translation>&amp;Ersetzen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>F&amp;ormat Jsonnet</source>
        <translation>Jsonnet f&amp;ormatieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Mandrill Key…</source>
        <translation>&amp;Mandrill-Schlüssel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send &amp;Test Email</source>
        <translation>&amp;Test-E-Mail senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send this email, as previewed, to your test addresses through Mandrill</source>
        <translation>Diese E-Mail so, wie die Vorschau sie zeigt, über Mandrill an Ihre Testadressen senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test &amp;Addresses and History…</source>
        <translation>Test&amp;adressen und Verlauf…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Design</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Narrow (mobile) preview</source>
        <translation>&amp;Schmale Vorschau (mobil)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sample &amp;Person…</source>
        <translation>Beispiel&amp;person…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check &amp;all hook points</source>
        <translation>&amp;Alle Hook-Punkte prüfen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where are my &amp;keys?</source>
        <translation>Wo sind meine &amp;Schlüssel?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where are my keys?</source>
        <translation>Wo sind meine Schlüssel?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your Mandrill key is kept in the system keychain (%1), never in project files, settings or exports — unless you explicitly include it in an export.

Previews show it masked. When the hook is pushed to Ory, the key goes inside the template, which Ory stores unencrypted: use a Mandrill key that may only send messages.</source>
        <translation>Ihr Mandrill-Schlüssel wird im Schlüsselbund des Systems aufbewahrt (%1), nie in Projektdateien, Einstellungen oder Exporten – außer Sie nehmen ihn ausdrücklich in einen Export auf.

Vorschauen zeigen ihn maskiert. Wenn der Hook zu Ory übertragen wird, steht der Schlüssel in der Vorlage, die Ory unverschlüsselt speichert: Verwenden Sie einen Mandrill-Schlüssel, der nur Nachrichten senden darf.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unavailable</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Hookmail</source>
        <translation>Ü&amp;ber Hookmail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About Hookmail</source>
        <translation>Über Hookmail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Hookmail %1&lt;/b&gt;&lt;p&gt;Write, preview, test and ship the emails your Ory project sends through Mailchimp Transactional (Mandrill).&lt;/p&gt;</source>
        <translation>&lt;b&gt;Hookmail %1&lt;/b&gt;&lt;p&gt;Schreiben, prüfen, testen und veröffentlichen Sie die E-Mails, die Ihr Ory-Projekt über Mailchimp Transactional (Mandrill) sendet.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+18"/>
        <source>Send test</source>
        <translation>Test senden</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Publish to Ory…</source>
        <translation>In Ory veröffentlichen…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
</context>
<context>
    <name>hookmail::MandrillKeyDialog</name>
    <message>
        <location filename="../ui/mandrill/MandrillKeyDialog.cpp" line="+26"/>
        <source>Show or hide the key</source>
        <translation>Den Schlüssel anzeigen oder verbergen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Show key</source>
        <translation>Schlüssel anzeigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide key</source>
        <translation>Schlüssel verbergen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recommended: create a key that may only call &lt;b&gt;messages/send&lt;/b&gt; (and &lt;b&gt;messages/send-template&lt;/b&gt; if you send templates kept in Mandrill) (Mandrill → Settings → SMTP &amp;amp; API Info → edit the key → “Only allow this key to use certain API calls”). Ory stores the hook&apos;s request body — and so this key — unencrypted in the project configuration, so a restricted key limits the harm if it leaks. Note that a restricted key may fail “Check key” although it sends fine.</source>
        <translation>Empfohlen: Erstellen Sie einen Schlüssel, der nur &lt;b&gt;messages/send&lt;/b&gt; aufrufen darf (und &lt;b&gt;messages/send-template&lt;/b&gt;, wenn Sie in Mandrill gespeicherte Vorlagen senden) (Mandrill → Settings → SMTP &amp;amp; API Info → Schlüssel bearbeiten → „Only allow this key to use certain API calls“). Ory speichert den Anfrage-Body des Hooks – und damit diesen Schlüssel – unverschlüsselt in der Projektkonfiguration; ein eingeschränkter Schlüssel begrenzt den Schaden, falls er bekannt wird. Beachten Sie, dass ein eingeschränkter Schlüssel bei „Schlüssel prüfen“ scheitern kann, obwohl er problemlos sendet.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The key is kept in: %1.</source>
        <translation>Der Schlüssel wird aufbewahrt in: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No keychain is available, so the key cannot be saved.</source>
        <translation>Es ist kein Schlüsselbund verfügbar, daher kann der Schlüssel nicht gespeichert werden.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Check key</source>
        <translation>Schlüssel &amp;prüfen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Asking Mandrill…</source>
        <translation>Mandrill wird gefragt…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The key works.</source>
        <translation>Der Schlüssel funktioniert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account: %1</source>
        <translation>Konto: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reputation: %1 of 100 (75 is good)</source>
        <translation>Reputation: %1 von 100 (75 ist gut)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hourly quota: %1 messages</source>
        <translation>Stündliches Kontingent: %1 Nachrichten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account details unavailable: %1</source>
        <translation>Kontodetails nicht verfügbar: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter a key first, or use “Remove key”.</source>
        <translation>Geben Sie zuerst einen Schlüssel ein oder verwenden Sie „Schlüssel entfernen“.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The key was removed.</source>
        <translation>Der Schlüssel wurde entfernt.</translation>
    </message>
</context>
<context>
    <name>hookmail::MemorySecretStore</name>
    <message>
        <location filename="../app/core/secrets/SecretStore.cpp" line="+60"/>
        <source>memory (this run only)</source>
        <translation>Arbeitsspeicher (nur für diese Sitzung)</translation>
    </message>
</context>
<context>
    <name>hookmail::OryChange</name>
    <message>
        <location filename="../app/core/ory/OryChange.cpp" line="+89"/>
        <source>Nothing to plan.</source>
        <translation>Nichts zu planen.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Ory accepted the change (revision %1) but the project it returned differs from what Hookmail sent, so the change counts as failed. Differences:
%2</source>
        <translation>Ory hat die Änderung angenommen (Revision %1), aber das zurückgegebene Projekt weicht von dem ab, was Hookmail gesendet hat, daher gilt die Änderung als fehlgeschlagen. Unterschiede:
%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The snapshot of the hook lists before the change is kept (%1): roll back to undo what Ory did apply, then check the project in the Ory Console.</source>
        <translation>Der Snapshot der Hook-Listen vor der Änderung wurde aufbewahrt (%1): Setzen Sie zurück, um rückgängig zu machen, was Ory angewendet hat, und prüfen Sie dann das Projekt in der Ory Console.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the project in the Ory Console.</source>
        <translation>Prüfen Sie das Projekt in der Ory Console.</translation>
    </message>
</context>
<context>
    <name>hookmail::OryPane</name>
    <message>
        <location filename="../ui/ory/OryPane.cpp" line="+34"/>
        <source>Shows the change first; nothing is sent until you confirm.</source>
        <translation>Zeigt zuerst die Änderung; es wird nichts gesendet, bis Sie bestätigen.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>1 Key</source>
        <translation>1 Schlüssel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2 Project</source>
        <translation>2 Projekt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3 Will it fire?</source>
        <translation>3 Wird sie gesendet?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>4 Review and publish</source>
        <translation>4 Prüfen und veröffentlichen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“%1” is not attached to any moment yet: choose when it is sent under the email list.</source>
        <translation>„%1“ ist noch keinem Moment zugeordnet: Wählen Sie unter der E-Mail-Liste, wann sie gesendet wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” goes into the project “%2”, sent %3.</source>
        <translation>„%1“ kommt in das Projekt „%2“, gesendet %3.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Enter the workspace API key first.</source>
        <translation>Geben Sie zuerst den Workspace-API-Schlüssel ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the Mandrill key too: the published hook sends with it.</source>
        <translation>Geben Sie auch den Mandrill-Schlüssel ein: Der veröffentlichte Hook sendet damit.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a project first.</source>
        <translation>Wählen Sie zuerst ein Projekt.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The workspace key is stored in %1.</source>
        <translation>Der Workspace-Schlüssel ist gespeichert in: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n workspace(s).</source>
        <translation>
            <numerusform>%n Workspace.</numerusform>
            <numerusform>%n Workspaces.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Reading the project…</source>
        <translation>Das Projekt wird gelesen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read “%1”, revision %2.</source>
        <translation>„%1“ gelesen, Revision %2.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Turn on “ignore the response” in the action&apos;s settings.</source>
        <translation>Schalten Sie in den Einstellungen der Action „Antwort ignorieren“ ein.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Published. The project is now at revision %1. If something is wrong, Roll back restores the project as it was before.</source>
        <translation>Veröffentlicht. Das Projekt ist jetzt auf Revision %1. Wenn etwas nicht stimmt, stellt „Zurücksetzen“ das Projekt wieder her, wie es vorher war.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing to change: the project already has exactly this.</source>
        <translation>Nichts zu ändern: Das Projekt hat bereits genau diesen Stand.</translation>
    </message>
    <message>
        <location filename="../ui/project/DialogPrompter.cpp" line="+26"/>
        <source>Project “%1”, revision %2. Only these hook lists change; review and confirm.</source>
        <translation>Projekt „%1“, Revision %2. Nur diese Hook-Listen ändern sich; prüfen und bestätigen Sie.</translation>
    </message>
    <message>
        <location filename="../ui/ory/OryPane.cpp" line="+8"/>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>The project changed in the meantime; nothing was overwritten. Here is the change against the project as it is now.</source>
        <translation>Das Projekt hat sich inzwischen geändert; nichts wurde überschrieben. Hier ist die Änderung gegenüber dem aktuellen Stand des Projekts.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ory warning %1: %2</source>
        <translation>Ory-Warnung %1: %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+23"/>
        <source>Open an action first.</source>
        <translation>Öffnen Sie zuerst eine Action.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Set the Mandrill key first: Hookmail adds it to the pushed hook.</source>
        <translation>Legen Sie zuerst den Mandrill-Schlüssel fest: Hookmail fügt ihn dem übertragenen Hook hinzu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Push “%1”</source>
        <translation>„%1“ übertragen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Remove “%1”</source>
        <translation>„%1“ entfernen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Roll back to %1</source>
        <translation>Auf %1 zurücksetzen</translation>
    </message>
</context>
<context>
    <name>hookmail::OryProjectClient</name>
    <message>
        <location filename="../app/core/ory/OryProjectClient.cpp" line="+28"/>
        <source>Could not %1: %2 Change the Ory API address in the settings.</source>
        <translation>Es war nicht möglich, %1: %2 Ändern Sie die Ory-API-Adresse in den Einstellungen.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Could not %1: no Ory workspace API key is set. Create one (it starts with ory_wak_) in the Ory Console under Workspace settings → API keys.</source>
        <translation>Es war nicht möglich, %1: Es ist kein Ory-Workspace-API-Schlüssel festgelegt. Erstellen Sie einen (er beginnt mit ory_wak_) in der Ory Console unter Workspace settings → API keys.</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Cancelled: Hookmail did not %1.</source>
        <translation>Abgebrochen: Hookmail hat nicht weiter versucht, %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not %1: the connection to %2 closed before the whole answer arrived. Try again; if you were pushing, read the project again first to see whether the change was applied.</source>
        <translation>Es war nicht möglich, %1: Die Verbindung zu %2 wurde geschlossen, bevor die ganze Antwort angekommen war. Versuchen Sie es erneut; wenn Sie gerade übertragen haben, lesen Sie das Projekt zuerst neu ein, um zu sehen, ob die Änderung angewendet wurde.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not %1: the Ory Console at %2 did not answer in time. Check your internet connection and try again.</source>
        <translation>Es war nicht möglich, %1: Die Ory Console unter %2 hat nicht rechtzeitig geantwortet. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not %1: the connection to %2 was refused. Check the Ory API address in the settings.</source>
        <translation>Es war nicht möglich, %1: Die Verbindung zu %2 wurde abgelehnt. Prüfen Sie die Ory-API-Adresse in den Einstellungen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not %1: the address %2 was not found. Check your internet connection and the Ory API address in the settings.</source>
        <translation>Es war nicht möglich, %1: Die Adresse %2 wurde nicht gefunden. Prüfen Sie Ihre Internetverbindung und die Ory-API-Adresse in den Einstellungen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not %1: the secure connection to %2 could not be verified (%3). Hookmail does not send the key over a connection it cannot trust; check the address, the system clock and any proxy that intercepts HTTPS.</source>
        <translation>Es war nicht möglich, %1: Die sichere Verbindung zu %2 konnte nicht überprüft werden (%3). Hookmail sendet den Schlüssel nicht über eine Verbindung, der es nicht vertrauen kann; prüfen Sie die Adresse, die Systemzeit und einen eventuellen Proxy, der HTTPS abfängt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not %1: the network request to %2 failed (%3). Check your internet connection.</source>
        <translation>Es war nicht möglich, %1: Die Netzwerkanfrage an %2 ist fehlgeschlagen (%3). Prüfen Sie Ihre Internetverbindung.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>list the workspaces</source>
        <translation>die Workspaces aufzulisten</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>list the projects</source>
        <translation>die Projekte aufzulisten</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>list the projects of the workspace</source>
        <translation>die Projekte des Workspace aufzulisten</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>read the project</source>
        <translation>das Projekt zu lesen</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>No Ory project id given. Pick a project or paste its id from the Ory Console.</source>
        <translation>Keine Ory-Projekt-ID angegeben. Wählen Sie ein Projekt oder fügen Sie seine ID aus der Ory Console ein.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>change the project</source>
        <translation>das Projekt zu ändern</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Internal error: a change needs the project id and the revision it was computed from.</source>
        <translation>Interner Fehler: Eine Änderung braucht die Projekt-ID und die Revision, aus der sie berechnet wurde.</translation>
    </message>
</context>
<context>
    <name>hookmail::PatchReviewDialog</name>
    <message>
        <location filename="../ui/ory/PatchReviewDialog.cpp" line="+27"/>
        <source>Changes to the hook lists</source>
        <translation>Änderungen an den Hook-Listen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Send to Ory</source>
        <translation>An Ory &amp;senden</translation>
    </message>
</context>
<context>
    <name>hookmail::PreviewAsBar</name>
    <message>
        <location filename="../ui/project/PreviewAsBar.cpp" line="+24"/>
        <source>Preview as:</source>
        <translation>Vorschau als:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sample person</source>
        <translation>Beispielperson</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When the email is sent</source>
        <translation>Wann die E-Mail gesendet wird</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit person…</source>
        <translation>Person bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the sample person&apos;s name, addresses and other details, as a form or as JSON, and check the email against every moment</source>
        <translation>Name, Adressen und weitere Angaben der Beispielperson als Formular oder JSON ändern und die E-Mail gegen jeden Moment prüfen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Edited sample person</source>
        <translation>Bearbeitete Beispielperson</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This email is not attached to any moment yet; choose when it is sent in the email list.</source>
        <translation>Diese E-Mail ist noch keinem Moment zugeordnet; wählen Sie in der E-Mail-Liste, wann sie gesendet wird.</translation>
    </message>
</context>
<context>
    <name>hookmail::PreviewController</name>
    <message>
        <location filename="../app/session/PreviewController.cpp" line="+93"/>
        <source>Skipped on purpose: no address, so Ory sends nothing</source>
        <translation>Absichtlich übersprungen: keine Adresse, daher sendet Ory nichts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too large for Ory (over 64 KiB with the sample)</source>
        <translation>Zu groß für Ory (über 64 KiB mit dem Beispiel)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No recipient: Mandrill would send nothing</source>
        <translation>Kein Empfänger: Mandrill würde nichts senden</translation>
    </message>
</context>
<context>
    <name>hookmail::ProjectSession</name>
    <message>
        <location filename="../app/session/ProjectSession.cpp" line="+276"/>
        <source>Ory project “%1”</source>
        <translation>Ory-Projekt „%1“</translation>
    </message>
</context>
<context>
    <name>hookmail::PromptPopup</name>
    <message>
        <location filename="../ui/design/PromptPopup.cpp" line="+30"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>hookmail::PublishDialog</name>
    <message>
        <location filename="../ui/ory/PublishDialog.cpp" line="+15"/>
        <source>Publish to Ory</source>
        <translation>In Ory veröffentlichen</translation>
    </message>
</context>
<context>
    <name>hookmail::RenderService</name>
    <message>
        <location filename="../app/core/render/RenderService.cpp" line="+104"/>
        <source>Template plus sample context is %1 KiB after Ory&apos;s JSON encoding; Ory refuses more than 64 KiB (the hook would fail with &quot;token too long&quot;). Make the template smaller.</source>
        <translation>Vorlage und Beispielkontext sind nach Orys JSON-Kodierung %1 KiB groß; Ory lehnt mehr als 64 KiB ab (der Hook würde mit &quot;token too long&quot; fehlschlagen). Verkleinern Sie die Vorlage.</translation>
    </message>
</context>
<context>
    <name>hookmail::RequestBodyView</name>
    <message>
        <location filename="../ui/preview/RequestBodyView.cpp" line="+16"/>
        <source>Request body sent to Mandrill</source>
        <translation>An Mandrill gesendeter Anfrage-Body</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The body Ory sends to Mandrill appears here (your key is masked).</source>
        <translation>Der Body, den Ory an Mandrill sendet, erscheint hier (Ihr Schlüssel ist maskiert).</translation>
    </message>
</context>
<context>
    <name>hookmail::SampleContextPane</name>
    <message>
        <location filename="../ui/project/SampleContextPane.cpp" line="+60"/>
        <source>Check against all hook points</source>
        <translation>Gegen alle Hook-Punkte prüfen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When the email is sent</source>
        <translation>Wann die E-Mail gesendet wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The moment in Ory the preview imitates: what Ory knows about the person differs between them</source>
        <translation>Der Moment in Ory, den die Vorschau nachbildet: Was Ory über die Person weiß, unterscheidet sich je nach Moment</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where it happens</source>
        <translation>Wo es passiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ory passes a different context in a browser and in an app, on Ory Network and on a self-hosted Kratos</source>
        <translation>Ory übergibt im Browser und in einer App, bei Ory Network und bei selbst betriebenem Kratos einen anderen Kontext</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+11"/>
        <source>Sample person</source>
        <translation>Beispielperson</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+112"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Sample identity as JSON</source>
        <translation>Beispielidentität als JSON</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transient payload (sent by your sign-up page)</source>
        <translation>Transient Payload (von Ihrer Registrierungsseite gesendet)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transient payload as JSON</source>
        <translation>Transient Payload als JSON</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Request headers Ory passes to the email</source>
        <translation>Request-Header, die Ory an die E-Mail weitergibt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>For a self-hosted Kratos: read clients.web_hook.header_allowlist from its configuration file. An Ory Network project&apos;s list is read when you publish to it.</source>
        <translation>Für ein selbst gehostetes Kratos: clients.web_hook.header_allowlist aus seiner Konfigurationsdatei lesen. Die Liste eines Ory-Network-Projekts wird gelesen, wenn Sie darin veröffentlichen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Read the request headers from a Kratos configuration</source>
        <translation>Request-Header aus einer Kratos-Konfiguration lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kratos configuration (*.yml *.yaml *.json);;All files (*)</source>
        <translation>Kratos-Konfiguration (*.yml *.yaml *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Render the email at every hook point this action uses and show which fail</source>
        <translation>Die E-Mail an jedem Hook-Punkt dieser Action rendern und zeigen, welche fehlschlagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Ory passes this as ctx.flow.transient_payload</source>
        <translation>Ory übergibt dies als ctx.flow.transient_payload</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Read %1.</source>
        <translation>%1 gelesen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 sets no list, so Ory’s default list applies.</source>
        <translation>%1 legt keine Liste fest, daher gilt Orys Standardliste.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 headers</source>
        <translation>%1 Header</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ory’s default list (%1).</source>
        <translation>Orys Standardliste (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None: the list in %1 is empty.</source>
        <translation>Keine: Die Liste in %1 ist leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The list in %1 (%2).</source>
        <translation>Die Liste in %1 (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 carries the person’s session: an email that passes request headers on hands it to whoever receives them. Keep it off the list unless a template truly needs it.</source>
        <translation>%1 trägt die Sitzung der Person: Eine E-Mail, die Request-Header weitergibt, übergibt sie jedem, der sie erhält. Nehmen Sie ihn nicht in die Liste auf, außer eine Vorlage braucht ihn wirklich.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The transient payload must be an object in { curly braces }.</source>
        <translation>Die Transient Payload muss ein Objekt in { geschweiften Klammern } sein.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 (verified)</source>
        <translation>%1 (bestätigt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (not verified)</source>
        <translation>%1 (nicht bestätigt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No email address on file — like a social sign-up whose provider shares none.</source>
        <translation>Keine E-Mail-Adresse hinterlegt – wie bei einer Registrierung über einen sozialen Anbieter, der keine weitergibt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email addresses on file: %1</source>
        <translation>Hinterlegte E-Mail-Adressen: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This sample person has no profile fields.</source>
        <translation>Diese Beispielperson hat keine Profilfelder.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>(a list or empty value — edit it in the JSON tab)</source>
        <translation>(eine Liste oder ein leerer Wert – bearbeiten Sie ihn im Reiter JSON)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>a closing } is missing (or a , between two entries)</source>
        <translation>eine schließende } fehlt (oder ein , zwischen zwei Einträgen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a : is missing after a field name</source>
        <translation>nach einem Feldnamen fehlt ein :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a closing ] is missing (or a , between two items)</source>
        <translation>eine schließende ] fehlt (oder ein , zwischen zwei Elementen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a , is missing between two entries</source>
        <translation>zwischen zwei Einträgen fehlt ein ,</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this is not a valid value (text needs &quot;double quotes&quot;)</source>
        <translation>dies ist kein gültiger Wert (Text braucht &quot;doppelte Anführungszeichen&quot;)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this is not a valid value or number (text needs &quot;double quotes&quot;)</source>
        <translation>dies ist kein gültiger Wert und keine gültige Zahl (Text braucht &quot;doppelte Anführungszeichen&quot;)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the text contains an invalid character or \ escape</source>
        <translation>der Text enthält ein ungültiges Zeichen oder eine ungültige \-Escape-Sequenz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a text value is not closed with a &quot;</source>
        <translation>ein Textwert ist nicht mit &quot; abgeschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is extra text after the end</source>
        <translation>nach dem Ende folgt noch weiterer Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is nested too deeply</source>
        <translation>es ist zu tief verschachtelt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is not valid JSON</source>
        <translation>es ist kein gültiges JSON</translation>
    </message>
    <message>
        <location line="-156"/>
        <location line="+183"/>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <location line="-553"/>
        <source>Read from kratos.yml…</source>
        <translation>Aus kratos.yml lesen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the default</source>
        <translation>Standard verwenden</translation>
    </message>
    <message>
        <location line="+556"/>
        <source>The sample identity must be an object in { curly braces }.</source>
        <translation>Die Beispielidentität muss ein Objekt in { geschweiften Klammern } sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;traits&quot; must be an object in { curly braces }.</source>
        <translation>„traits“ muss ein Objekt in { geschweiften Klammern } sein.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Works</source>
        <translation>Funktioniert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fails</source>
        <translation>Schlägt fehl</translation>
    </message>
</context>
<context>
    <name>hookmail::SampleDialog</name>
    <message>
        <location filename="../ui/project/SampleDialog.cpp" line="+15"/>
        <source>Sample person</source>
        <translation>Beispielperson</translation>
    </message>
</context>
<context>
    <name>hookmail::SendResultPanel</name>
    <message>
        <location filename="../ui/mandrill/SendResultPanel.cpp" line="+31"/>
        <source>Earlier test sends…</source>
        <translation>Frühere Testversände…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test addresses and key…</source>
        <translation>Testadressen und Schlüssel…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Hide the test send result</source>
        <translation>Ergebnis des Testversands ausblenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sending the test email to %1…</source>
        <translation>Die Test-E-Mail wird an %1 gesendet…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The test email was not sent.</source>
        <translation>Die Test-E-Mail wurde nicht gesendet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mandrill did not accept every recipient.</source>
        <translation>Mandrill hat nicht alle Empfänger angenommen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mandrill accepted the test email.</source>
        <translation>Mandrill hat die Test-E-Mail angenommen.</translation>
    </message>
</context>
<context>
    <name>hookmail::SessionSecretStore</name>
    <message>
        <location filename="../app/core/secrets/SessionSecretStore.cpp" line="+19"/>
        <source>this run only (no keychain available)</source>
        <translation>nur für diese Sitzung (kein Schlüsselbund verfügbar)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keys are stored in the %1 and read back when Hookmail starts.</source>
        <translation>Schlüssel werden hier gespeichert und beim Start von Hookmail wieder gelesen: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Until then Hookmail keeps the key in memory for this run only: it is forgotten when you quit and is never written to disk.</source>
        <translation>Bis dahin hält Hookmail den Schlüssel nur für diese Sitzung im Arbeitsspeicher: Er wird beim Beenden vergessen und nie auf die Festplatte geschrieben.</translation>
    </message>
</context>
<context>
    <name>hookmail::SpacerBlockForm</name>
    <message>
        <location filename="../ui/design/SpacerBlockForm.cpp" line="+9"/>
        <source>Spacer</source>
        <translation>Abstand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Empty space between two blocks.</source>
        <translation>Leerer Raum zwischen zwei Blöcken.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Space height</source>
        <translation>Höhe des Abstands</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Height:</source>
        <translation>&amp;Höhe:</translation>
    </message>
</context>
<context>
    <name>hookmail::StoredTemplateClient</name>
    <message>
        <location filename="../app/core/ory/StoredTemplateClient.cpp" line="+13"/>
        <source>Could not %1: the request to %2 failed (%3).</source>
        <translation>Es war nicht möglich, %1: Die Anfrage an %2 ist fehlgeschlagen (%3).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not %1: %2</source>
        <translation>Es war nicht möglich, %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not %1: the storage answered with a redirect (HTTP %2 to %3), which Hookmail does not follow.</source>
        <translation>Es war nicht möglich, %1: Der Speicher hat mit einer Weiterleitung geantwortet (HTTP %2 nach %3), der Hookmail nicht folgt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>read the stored template %1</source>
        <translation>die gespeicherte Vorlage %1 zu lesen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not %1: it is not a link to a stored copy named by its SHA-512.</source>
        <translation>Es war nicht möglich, %1: Dies ist kein Link auf eine gespeicherte Kopie, die nach ihrem SHA-512 benannt ist.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not %1: the storage answered HTTP %2.</source>
        <translation>Es war nicht möglich, %1: Der Speicher hat mit HTTP %2 geantwortet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not %1: it is larger than 1 MiB.</source>
        <translation>Es war nicht möglich, %1: Sie ist größer als 1 MiB.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not %1: what the storage returned does not match the SHA-512 the link is named by, so Hookmail did not use it.</source>
        <translation>Es war nicht möglich, %1: Was der Speicher zurückgegeben hat, passt nicht zu dem SHA-512, nach dem der Link benannt ist, daher hat Hookmail es nicht verwendet.</translation>
    </message>
</context>
<context>
    <name>hookmail::TemplateEvaluator</name>
    <message>
        <location filename="../app/core/render/TemplateEvaluator.cpp" line="+138"/>
        <source>The evaluation worker could not be started (%1): %2</source>
        <translation>Der Auswertungsprozess konnte nicht gestartet werden (%1): %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it crashed</source>
        <translation>er ist abgestürzt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>it exited with code %1</source>
        <translation>er wurde mit Code %1 beendet</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>The evaluation worker sent an answer that could not be read; it has been restarted. Try again.</source>
        <translation>Der Auswertungsprozess hat eine unlesbare Antwort gesendet; er wurde neu gestartet. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The evaluation worker keeps stopping (%1); templates cannot be evaluated. Reinstall Hookmail or set HOOKMAIL_WORKER to a working hookmail-worker.</source>
        <translation>Der Auswertungsprozess stoppt immer wieder (%1); Vorlagen können nicht ausgewertet werden. Installieren Sie Hookmail neu oder setzen Sie HOOKMAIL_WORKER auf einen funktionierenden hookmail-worker.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The template stopped the evaluation worker (%1) - it most likely used too much memory, and Ory would fail the hook too. The worker has been restarted.</source>
        <translation>Die Vorlage hat den Auswertungsprozess gestoppt (%1) – sie hat vermutlich zu viel Speicher verbraucht, und auch Ory würde den Hook fehlschlagen lassen. Der Prozess wurde neu gestartet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The evaluation worker stopped unexpectedly (%1) while evaluating this template; it has been restarted.</source>
        <translation>Der Auswertungsprozess wurde beim Auswerten dieser Vorlage unerwartet beendet (%1); er wurde neu gestartet.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The template ran longer than Ory&apos;s 1 s limit (Ory would fail the hook: &quot;failed to run jsonnet within 1s&quot;). Look for endless recursion or very large arrays or strings.</source>
        <translation>Die Vorlage lief länger als Orys Grenze von 1 s (Ory würde den Hook fehlschlagen lassen: &quot;failed to run jsonnet within 1s&quot;). Suchen Sie nach endloser Rekursion oder sehr großen Arrays oder Zeichenketten.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The evaluation worker (hookmail-worker) was not found next to Hookmail. Reinstall Hookmail or set HOOKMAIL_WORKER to its path.</source>
        <translation>Der Auswertungsprozess (hookmail-worker) wurde neben Hookmail nicht gefunden. Installieren Sie Hookmail neu oder setzen Sie HOOKMAIL_WORKER auf seinen Pfad.</translation>
    </message>
</context>
<context>
    <name>hookmail::TemplatePane</name>
    <message>
        <location filename="../ui/mtemplate/TemplatePane.cpp" line="+42"/>
        <location line="+164"/>
        <source>Choose template…</source>
        <translation>Vorlage wählen…</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Choose a Mandrill template</source>
        <translation>Eine Mandrill-Vorlage wählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge language</source>
        <translation>Merge-Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mailchimp style  *|NAME|*</source>
        <translation>Mailchimp-Stil  *|NAME|*</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handlebars style  {{name}}</source>
        <translation>Handlebars-Stil  {{name}}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the template writes its fields. Mandrill only fills the fields written in the language chosen here.</source>
        <translation>Wie die Vorlage ihre Felder schreibt. Mandrill füllt nur die Felder, die in der hier gewählten Sprache geschrieben sind.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fill the template&apos;s fields</source>
        <translation>Die Felder der Vorlage ausfüllen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fields are written</source>
        <translation>Felder werden geschrieben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sender and subject (empty: the template&apos;s own)</source>
        <translation>Absender und Betreff (leer: die der Vorlage)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From address</source>
        <translation>Absenderadresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From name</source>
        <translation>Absendername</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply-to</source>
        <translation>Antwort an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No address</source>
        <translation>Keine Adresse</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Skip the email (e.g. a social sign-up without email)</source>
        <translation>Die E-Mail auslassen (z. B. bei einer sozialen Registrierung ohne E-Mail)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare with Mandrill</source>
        <translation>Mit Mandrill vergleichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The preview is Hookmail&apos;s own render of the published template for the sample person: instant and offline. “Render on Mandrill” asks Mandrill to render it too and lists where they differ (Mandrill&apos;s render does not apply Handlebars the way sending does).</source>
        <translation>Die Vorschau ist Hookmails eigene Darstellung der veröffentlichten Vorlage für die Beispielperson: sofort und offline. „Bei Mandrill rendern“ lässt auch Mandrill sie rendern und listet auf, wo sie sich unterscheiden (Mandrills Rendern wendet Handlebars nicht so an wie beim Senden).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Render on Mandrill</source>
        <translation>Bei Mandrill rendern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Differences between the local and Mandrill&apos;s render</source>
        <translation>Unterschiede zwischen lokaler Darstellung und Mandrills Rendern</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Designed in Hookmail?</source>
        <translation>In Hookmail gestaltet?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upload this email&apos;s design to Mandrill as a new template and send that: wording changes then happen in Mandrill, without pushing to Ory again, and the email is no longer bound by Ory&apos;s 64 KiB limit. The design stays here, so you can go back.</source>
        <translation>Die Gestaltung dieser E-Mail als neue Vorlage zu Mandrill hochladen und diese senden: Textänderungen geschehen dann in Mandrill, ohne erneute Übertragung an Ory, und die E-Mail unterliegt nicht mehr Orys 64-KiB-Grenze. Die Gestaltung bleibt hier, Sie können also zurück.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move the designed email into Mandrill…</source>
        <translation>Die gestaltete E-Mail nach Mandrill verschieben…</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>No template chosen yet</source>
        <translation>Noch keine Vorlage gewählt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick a template designed in Mandrill (or Mailchimp). Hookmail fills its fields from the person and sends it with messages/send-template.</source>
        <translation>Wählen Sie eine in Mandrill (oder Mailchimp) gestaltete Vorlage. Hookmail füllt ihre Felder mit den Daten der Person und sendet sie mit messages/send-template.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draft only: publish it in Mandrill before sending (slug %1).</source>
        <translation>Nur Entwurf: Veröffentlichen Sie sie vor dem Senden in Mandrill (Slug %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published %1 · slug %2%3</source>
        <translation>Veröffentlicht %1 · Slug %2%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · the draft has unpublished changes</source>
        <translation> · der Entwurf hat unveröffentlichte Änderungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change template…</source>
        <translation>Vorlage wechseln…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mandrill is not available in this window.</source>
        <translation>Mandrill ist in diesem Fenster nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This template has no fields to fill.</source>
        <translation>Diese Vorlage hat keine Felder zum Ausfüllen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Template field&lt;/b&gt;</source>
        <translation>&lt;b&gt;Feld der Vorlage&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Filled with&lt;/b&gt;</source>
        <translation>&lt;b&gt;Gefüllt mit&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;If empty&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wenn leer&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>required: the template has none</source>
        <translation>erforderlich: die Vorlage hat keine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the template has no subject</source>
        <translation>die Vorlage hat keinen Betreff</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Fill %1 with</source>
        <translation>%1 füllen mit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— keep the template&apos;s content —</source>
        <translation>— Inhalt der Vorlage behalten —</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>— nothing (left blank) —</source>
        <translation>— nichts (bleibt leer) —</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Text for %1 when the person has no value</source>
        <translation>Text für %1, wenn die Person keinen Wert hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>fixed text</source>
        <translation>fester Text</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+14"/>
        <source>fallback</source>
        <translation>Ersatzwert</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Change the email</source>
        <translation>E-Mail ändern</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Asking Mandrill…</source>
        <translation>Mandrill wird gefragt…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Mandrill renders it exactly like the preview.</source>
        <translation>Mandrill rendert sie genau wie die Vorschau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mandrill&apos;s render differs from the preview on these lines (at most 20 shown):</source>
        <translation>Mandrills Rendern weicht in diesen Zeilen von der Vorschau ab (höchstens 20 gezeigt):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line %1 — preview: %2
          Mandrill: %3</source>
        <translation>Zeile %1 — Vorschau: %2
          Mandrill: %3</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 (from Hookmail)</source>
        <translation>%1 (aus Hookmail)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add the designed email to Mandrill as the new template “%1”?

• HTML %2 KiB and a plain-text version, subject “%3”
• The person&apos;s fields become merge tags: %4
• It is added as a draft; Hookmail asks next whether to publish it.
• This email then sends that template. Its design stays here: “Design” goes back to it.</source>
        <translation>Die gestaltete E-Mail als neue Vorlage „%1“ zu Mandrill hinzufügen?

• HTML %2 KiB und eine Textfassung, Betreff „%3“
• Die Felder der Person werden zu Merge-Tags: %4
• Sie wird als Entwurf hinzugefügt; Hookmail fragt danach, ob sie veröffentlicht werden soll.
• Diese E-Mail sendet dann diese Vorlage. Ihre Gestaltung bleibt hier: „Design“ kehrt zu ihr zurück.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the email into Mandrill</source>
        <translation>Die E-Mail nach Mandrill verschieben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adding the template to Mandrill…</source>
        <translation>Die Vorlage wird zu Mandrill hinzugefügt…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Publish the template</source>
        <translation>Die Vorlage veröffentlichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The template “%1” is in Mandrill as a draft. Publish it now? Emails can only be sent with a published template.</source>
        <translation>Die Vorlage „%1“ liegt in Mandrill als Entwurf. Jetzt veröffentlichen? E-Mails können nur mit einer veröffentlichten Vorlage gesendet werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Added “%1” as a draft. Publish it in Mandrill before sending.</source>
        <translation>„%1“ als Entwurf hinzugefügt. Veröffentlichen Sie sie vor dem Senden in Mandrill.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publishing…</source>
        <translation>Wird veröffentlicht…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Published “%1” in Mandrill; this email now sends it.</source>
        <translation>„%1“ in Mandrill veröffentlicht; diese E-Mail sendet sie jetzt.</translation>
    </message>
</context>
<context>
    <name>hookmail::TemplatePickerDialog</name>
    <message>
        <location filename="../ui/mtemplate/TemplatePickerDialog.cpp" line="+22"/>
        <source>Choose a Mandrill template</source>
        <translation>Eine Mandrill-Vorlage wählen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search by name or label</source>
        <translation>Nach Name oder Label suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search templates</source>
        <translation>Vorlagen durchsuchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use this template</source>
        <translation>Diese Vorlage verwenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Templates designed in Mandrill (or sent to it from Mailchimp). Hookmail fills their fields from the person who signs up.</source>
        <translation>In Mandrill gestaltete (oder aus Mailchimp dorthin gesendete) Vorlagen. Hookmail füllt ihre Felder mit den Daten der Person, die sich registriert.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Loading the account&apos;s templates…</source>
        <translation>Die Vorlagen des Kontos werden geladen…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>draft only — publish it in Mandrill before sending</source>
        <translation>nur Entwurf — vor dem Senden in Mandrill veröffentlichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>published %1 · the draft has unpublished changes</source>
        <translation>veröffentlicht %1 · der Entwurf hat unveröffentlichte Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>published %1</source>
        <translation>veröffentlicht %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(Mailchimp)</source>
        <translation>(Mailchimp)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mailchimp template %1</source>
        <translation>Mailchimp-Vorlage %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slug: %1</source>
        <translation>Slug: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The account has no templates yet. Create one in Mandrill → Templates.</source>
        <translation>Das Konto hat noch keine Vorlagen. Erstellen Sie eine in Mandrill → Templates.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No template matches “%1”.</source>
        <translation>Keine Vorlage passt zu „%1“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 template</source>
        <translation>1 Vorlage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 templates</source>
        <translation>%1 Vorlagen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reading the template…</source>
        <translation>Die Vorlage wird gelesen…</translation>
    </message>
</context>
<context>
    <name>hookmail::TemplateSizeMeter</name>
    <message>
        <location filename="../ui/editor/TemplateSizeMeter.cpp" line="+28"/>
        <source>Email size for Ory</source>
        <translation>E-Mail-Größe für Ory</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ory runs this email&apos;s template together with the details of the person signing up, and refuses to run more than 64 KiB of it. Long texts, many blocks or large Custom HTML make the email larger; images are only linked and do not count.</source>
        <translation>Ory führt die Vorlage dieser E-Mail zusammen mit den Daten der Person aus, die sich registriert, und lehnt mehr als 64 KiB davon ab. Lange Texte, viele Blöcke oder umfangreiches eigenes HTML machen die E-Mail größer; Bilder werden nur verlinkt und zählen nicht mit.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Email size: not measured yet</source>
        <translation>E-Mail-Größe: noch nicht gemessen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Too large for Ory: %1 of %2 KiB. Ory would refuse to send it; shorten the texts or remove blocks.</source>
        <translation>Zu groß für Ory: %1 von %2 KiB. Ory würde das Senden verweigern; kürzen Sie die Texte oder entfernen Sie Blöcke.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close to Ory&apos;s size limit: %1% (%2 of %3 KiB)</source>
        <translation>Nahe an Orys Größenlimit: %1 % (%2 von %3 KiB)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Email size: %1% of Ory&apos;s limit (%2 of %3 KiB)</source>
        <translation>E-Mail-Größe: %1 % von Orys Limit (%2 von %3 KiB)</translation>
    </message>
</context>
<context>
    <name>hookmail::TestSendFlow</name>
    <message>
        <location filename="../ui/mandrill/TestSendFlow.cpp" line="+23"/>
        <source>Test sends</source>
        <translation>Testversände</translation>
    </message>
</context>
<context>
    <name>hookmail::TestSendPane</name>
    <message>
        <location filename="../ui/mandrill/TestSendPane.cpp" line="+43"/>
        <location line="+4"/>
        <source>Test addresses</source>
        <translation>Testadressen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mandrill test address</source>
        <translation>Mandrill-Testadresse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Addresses that make Mandrill simulate a rejection, bounce or spam complaint</source>
        <translation>Adressen, bei denen Mandrill eine Ablehnung, einen Bounce oder eine Spam-Beschwerde simuliert</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sending domain</source>
        <translation>Absenderdomain</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Render a template to see its from address.</source>
        <translation>Rendern Sie eine Vorlage, um ihre Absenderadresse zu sehen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check &amp;domain</source>
        <translation>&amp;Domain prüfen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Send test</source>
        <translation>&amp;Testversand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it means</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message id</source>
        <translation>Nachrichten-ID</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Earlier test sends</source>
        <translation>Frühere Testversände</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add test address</source>
        <translation>Testadresse hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email address:</source>
        <translation>E-Mail-Adresse:</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The template has no from address.</source>
        <translation>Die Vorlage hat keine Absenderadresse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From domain: %1 (not checked yet)</source>
        <translation>Absenderdomain: %1 (noch nicht geprüft)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2 — %3 (%4)</source>
        <translation>%1 — %2 — %3 (%4)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>From domain: %1</source>
        <translation>Absenderdomain: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The template could not be rendered; fix it first.</source>
        <translation>Die Vorlage konnte nicht gerendert werden; korrigieren Sie sie zuerst.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a test address first.</source>
        <translation>Fügen Sie zuerst eine Testadresse hinzu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Mandrill did not accept every recipient; see below.</source>
        <translation>Mandrill hat nicht alle Empfänger angenommen; siehe unten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mandrill accepted the message.</source>
        <translation>Mandrill hat die Nachricht angenommen.</translation>
    </message>
</context>
<context>
    <name>hookmail::TextBlockForm</name>
    <message>
        <location filename="../ui/design/TextBlockForm.cpp" line="+11"/>
        <source>Footer</source>
        <translation>Fußzeile</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+8"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Small print at the bottom: your company&apos;s address and why the person gets this email.</source>
        <translation>Kleingedrucktes am Ende: die Adresse Ihres Unternehmens und warum die Person diese E-Mail erhält.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paragraphs of text. Select words to make them bold, italic or a link.</source>
        <translation>Textabsätze. Markieren Sie Wörter, um sie fett, kursiv oder zu einem Link zu machen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Footer text</source>
        <translation>Text der Fußzeile</translation>
    </message>
</context>
<context>
    <name>hookmail::ThemeForm</name>
    <message>
        <location filename="../ui/design/ThemeForm.cpp" line="+18"/>
        <source>The brand applies to every email of this project: change it here and all of them change.</source>
        <translation>Die Marke gilt für jede E-Mail dieses Projekts: Ändern Sie sie hier, und alle E-Mails ändern sich mit.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Brand colour (buttons, links):</source>
        <translation>&amp;Markenfarbe (Schaltflächen, Links):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Brand colour</source>
        <translation>Markenfarbe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text colour:</source>
        <translation>&amp;Textfarbe:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text colour</source>
        <translation>Textfarbe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Page background:</source>
        <translation>&amp;Seitenhintergrund:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Page background colour</source>
        <translation>Farbe des Seitenhintergrunds</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Email background:</source>
        <translation>&amp;E-Mail-Hintergrund:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email background colour</source>
        <translation>Farbe des E-Mail-Hintergrunds</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Font</source>
        <translation>Schriftart</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Font:</source>
        <translation>Schri&amp;ftart:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Email width</source>
        <translation>E-Mail-Breite</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>How wide the email is on a computer; phones always use their full width.</source>
        <translation>Wie breit die E-Mail auf einem Computer ist; Smartphones nutzen immer ihre volle Breite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email &amp;width:</source>
        <translation>E-Mail-&amp;Breite:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Corner rounding</source>
        <translation>Eckenrundung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Square</source>
        <translation>Eckig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rounded corners:</source>
        <translation>Ecken&amp;rundung:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Logo address</source>
        <translation>Logo-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://example.com/logo.png</source>
        <translation>https://example.com/logo.png</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Logo address:</source>
        <translation>&amp;Logo-Adresse:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 (classic, with serifs)</source>
        <translation>%1 (klassisch, mit Serifen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (typewriter)</source>
        <translation>%1 (Schreibmaschine)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (handwriting)</source>
        <translation>%1 (Handschrift)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (clean, no serifs)</source>
        <translation>%1 (schlicht, ohne Serifen)</translation>
    </message>
</context>
<context>
    <name>hookmail::worker</name>
    <message>
        <location filename="../app/worker/main.cpp" line="+115"/>
        <source>The evaluation worker received a malformed request frame</source>
        <translation>Der Auswertungsprozess hat einen fehlerhaften Anfragerahmen erhalten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The evaluation worker received a malformed request</source>
        <translation>Der Auswertungsprozess hat eine fehlerhafte Anfrage erhalten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The template ran out of memory (the evaluation worker allows 1 GiB; Ory&apos;s allows 2 GiB and would most likely fail the hook too)</source>
        <translation>Der Vorlage ist der Speicher ausgegangen (der Auswertungsprozess erlaubt 1 GiB, der von Ory 2 GiB und würde den Hook höchstwahrscheinlich ebenfalls abbrechen)</translation>
    </message>
</context>
</TS>
