<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>zc::ActivationCard</name>
    <message>
        <location filename="../ui/pages/activation/ActivationCard.cpp" line="+63"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Activate…</source>
        <translation>A&amp;ktivieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check &amp;again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Read the status again (F5 refreshes both)</source>
        <translation>Status erneut lesen (F5 aktualisiert beide)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Maintenance may be over: allow Activate again. If it is not, the product refuses the activation and nothing changes.</source>
        <translation>Die Wartung ist eventuell vorbei: Aktivieren wieder erlauben. Falls nicht, lehnt das Produkt die Aktivierung ab und nichts ändert sich.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Not read yet</source>
        <translation>Noch nicht gelesen</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Activate the pending changes (asks first)</source>
        <translation>Ausstehende Änderungen aktivieren (mit Rückfrage)</translation>
    </message>
</context>
<context>
    <name>zc::ActivationPage</name>
    <message>
        <location filename="../ui/pages/activation/ActivationPage.cpp" line="+52"/>
        <source>ZIA</source>
        <translation>ZIA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internet &amp; SaaS access: URL filtering, firewall and other policies.</source>
        <translation>Internet- &amp; SaaS-Zugriff: URL-Filterung, Firewall und weitere Richtlinien.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Talking to ZIA…</source>
        <translation>Verbindung mit ZIA…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This API client is not entitled to ZIA, so its activation status cannot be read. An administrator can grant it in ZIdentity.</source>
        <translation>Dieser API-Client ist nicht für ZIA berechtigt, daher kann sein Aktivierungsstatus nicht gelesen werden. Ein Administrator kann die Berechtigung in ZIdentity erteilen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This API client is not entitled to ZIA.</source>
        <translation>Dieser API-Client ist nicht für ZIA berechtigt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cloud &amp; Branch Connector (ZTW)</source>
        <translation>Cloud &amp; Branch Connector (ZTW)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connector groups, forwarding and gateway settings of workloads and branches.</source>
        <translation>Connector-Gruppen, Weiterleitungs- und Gateway-Einstellungen von Workloads und Zweigstellen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Talking to ZTW…</source>
        <translation>Verbindung mit ZTW…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This API client is not entitled to ZTW (Cloud &amp; Branch Connector), so its activation status cannot be read. An administrator can grant it in ZIdentity.</source>
        <translation>Dieser API-Client ist nicht für ZTW (Cloud &amp; Branch Connector) berechtigt, daher kann sein Aktivierungsstatus nicht gelesen werden. Ein Administrator kann die Berechtigung in ZIdentity erteilen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This API client is not entitled to ZTW.</source>
        <translation>Dieser API-Client ist nicht für ZTW berechtigt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Configuration changes take effect only once they are activated. Each product is activated on its own.</source>
        <translation>Konfigurationsänderungen werden erst wirksam, wenn sie aktiviert sind. Jedes Produkt wird einzeln aktiviert.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Reading the status…</source>
        <translation>Status wird gelesen…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 activated: %2</source>
        <translation>%1 aktiviert: %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Activate %1 changes</source>
        <translation>%1-Änderungen aktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activate the pending %1 configuration changes now?

They take effect for the whole tenant and cannot be undone from here.</source>
        <translation>Die ausstehenden %1-Konfigurationsänderungen jetzt aktivieren?

Sie gelten für den gesamten Mandanten und können hier nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cancelled. Press Refresh to read the status again.</source>
        <translation>Abgebrochen. Klicken Sie auf „Aktualisieren“, um den Status erneut zu lesen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is in read-only maintenance mode: activation is not possible until it ends.</source>
        <translation>%1 ist im schreibgeschützten Wartungsmodus: Bis zu dessen Ende ist keine Aktivierung möglich.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in to see whether changes wait for activation.</source>
        <translation>Melden Sie sich an, um zu sehen, ob Änderungen auf Aktivierung warten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in first.</source>
        <translation>Melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not entitled</source>
        <translation>Nicht berechtigt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not read yet</source>
        <translation>Noch nicht gelesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Refresh to read the status.</source>
        <translation>Klicken Sie auf „Aktualisieren“, um den Status zu lesen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checked</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activated</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wait for the current request to finish.</source>
        <translation>Warten Sie, bis die laufende Anfrage abgeschlossen ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read the status first (Refresh).</source>
        <translation>Lesen Sie zuerst den Status (Aktualisieren).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to activate.</source>
        <translation>Nichts zu aktivieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An activation is in progress.</source>
        <translation>Eine Aktivierung läuft.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No changes are waiting for activation.</source>
        <translation>Keine Änderungen warten auf Aktivierung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Configuration changes are waiting for activation. Users get them only once they are activated.</source>
        <translation>Konfigurationsänderungen warten auf Aktivierung. Benutzer erhalten sie erst, wenn sie aktiviert sind.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An activation is in progress. Refresh in a moment to see the result.</source>
        <translation>Eine Aktivierung läuft. Aktualisieren Sie gleich, um das Ergebnis zu sehen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ZIA reports a status this console does not know: %1.</source>
        <translation>ZIA meldet einen Status, den diese Konsole nicht kennt: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>API status</source>
        <translation>API-Status</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edits waiting for activation</source>
        <translation>Änderungen warten auf Aktivierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No pending edits</source>
        <translation>Keine ausstehenden Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edits activate on restart</source>
        <translation>Änderungen werden beim Neustart aktiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the admin portal</source>
        <translation>Aus dem Admin-Portal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logged in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Editing</source>
        <translation>Bearbeitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation queued</source>
        <translation>Aktivierung eingereiht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activating</source>
        <translation>Wird aktiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation done</source>
        <translation>Aktivierung abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation failed</source>
        <translation>Aktivierung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session expired</source>
        <translation>Sitzung abgelaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logged out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>ZTW reports a status this console does not know; see the details.</source>
        <translation>ZTW meldet einen Status, den diese Konsole nicht kennt; siehe Details.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No edits are waiting for activation.</source>
        <translation>Keine Änderungen warten auf Aktivierung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Configuration edits are waiting for activation. Connectors get them only once they are activated.</source>
        <translation>Konfigurationsänderungen warten auf Aktivierung. Connectors erhalten sie erst, wenn sie aktiviert sind.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An activation is queued or running. Refresh in a moment to see the result.</source>
        <translation>Eine Aktivierung ist eingereiht oder läuft. Aktualisieren Sie gleich, um das Ergebnis zu sehen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The last activation failed. The edits are still waiting: activate again, or check the Cloud &amp; Branch Connector portal.</source>
        <translation>Die letzte Aktivierung ist fehlgeschlagen. Die Änderungen warten weiterhin: Aktivieren Sie erneut oder prüfen Sie das Cloud &amp; Branch Connector-Portal.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit status</source>
        <translation>Bearbeitungsstatus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last activation</source>
        <translation>Letzte Aktivierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your activation</source>
        <translation>Ihre Aktivierung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Administrators</source>
        <translation>Administratoren</translation>
    </message>
</context>
<context>
    <name>zc::ActivationStatus</name>
    <message>
        <location filename="../models/common/ActivationStatus.cpp" line="+98"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes pending</source>
        <translation>Änderungen ausstehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activating</source>
        <translation>Wird aktiviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activation failed</source>
        <translation>Aktivierung fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>zc::ActivityDock</name>
    <message>
        <location filename="../ui/activity/ActivityDock.cpp" line="+20"/>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
</context>
<context>
    <name>zc::ActivityModel</name>
    <message>
        <location filename="../ui/activity/ActivityModel.cpp" line="+83"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>attempt %1</source>
        <translation>Versuch %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>waited %n s</source>
        <translation>
            <numerusform>%n s gewartet</numerusform>
            <numerusform>%n s gewartet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request ID</source>
        <translation>Anfrage-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waits</source>
        <translation>Wartezeiten</translation>
    </message>
</context>
<context>
    <name>zc::ActivityPanel</name>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="+24"/>
        <source>&amp;Clear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Forget the requests listed here</source>
        <translation>Die hier aufgeführten Anfragen verwerfen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No requests yet.</source>
        <translation>Noch keine Anfragen.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s), newest last.</source>
        <translation>
            <numerusform>%n Zeile, neueste zuletzt.</numerusform>
            <numerusform>%n Zeilen, neueste zuletzt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zc::Announcer</name>
    <message>
        <location filename="../ui/widgets/Announcer.cpp" line="+37"/>
        <source>Status announcements</source>
        <translation>Statusmeldungen</translation>
    </message>
</context>
<context>
    <name>zc::ApiAnswerView</name>
    <message>
        <location filename="../ui/pages/api/ApiAnswerView.cpp" line="+42"/>
        <location line="+43"/>
        <source>Send a request to see its answer here.</source>
        <translation>Senden Sie eine Anfrage, um hier die Antwort zu sehen.</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Answer summary</source>
        <translation>Antwortübersicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+120"/>
        <location line="+10"/>
        <location line="+12"/>
        <source>Export the answer</source>
        <translation>Antwort exportieren</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>Save the answer as JSON, or as CSV when it is a list of records.</source>
        <translation>Antwort als JSON speichern, oder als CSV, wenn sie eine Liste von Datensätzen ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answer as a tree</source>
        <translation>Antwort als Baum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answer as raw text</source>
        <translation>Antwort als Rohtext</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answer headers</source>
        <translation>Antwort-Header</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answer views</source>
        <translation>Antwortansichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tree</source>
        <translation>&amp;Baum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ra&amp;w</source>
        <translation>&amp;Roh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Headers</source>
        <translation>&amp;Header</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>{%Ln member(s)}</source>
        <translation>
            <numerusform>{%Ln Element}</numerusform>
            <numerusform>{%Ln Elemente}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>[%Ln item(s)]</source>
        <translation>
            <numerusform>[%Ln Eintrag]</numerusform>
            <numerusform>[%Ln Einträge]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln Seite</numerusform>
            <numerusform>%Ln Seiten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>request ID %1</source>
        <translation>Anfrage-ID %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The tree stops here; Raw shows everything.</source>
        <translation>Der Baum endet hier; „Roh“ zeigt alles.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>JSON (*.json);;CSV (*.csv)</source>
        <translation>JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only a list of records or a single object can be saved as CSV. Save it as JSON instead.</source>
        <translation>Nur eine Liste von Datensätzen oder ein einzelnes Objekt kann als CSV gespeichert werden. Speichern Sie stattdessen als JSON.</translation>
    </message>
</context>
<context>
    <name>zc::ApiCall</name>
    <message>
        <location filename="../models/api/ApiCall.cpp" line="+99"/>
        <source>The body is not valid JSON: %1 at line %2, column %3.</source>
        <translation>Der Body ist kein gültiges JSON: %1 in Zeile %2, Spalte %3.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Unknown method &quot;%1&quot;: use %2.</source>
        <translation>Unbekannte Methode „%1“: Verwenden Sie %2.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A GET request sends no body.</source>
        <translation>Eine GET-Anfrage sendet keinen Body.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only GET requests can fetch every page.</source>
        <translation>Nur GET-Anfragen können alle Seiten abrufen.</translation>
    </message>
</context>
<context>
    <name>zc::ApiClient</name>
    <message>
        <location filename="../models/net/ApiClient.cpp" line="+60"/>
        <source>The CA file %1 cannot be read: %2</source>
        <translation>Die CA-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>Die CA-Datei %1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>ZPA needs the customer ID in the connection settings.</source>
        <translation>ZPA benötigt die Kunden-ID in den Verbindungseinstellungen.</translation>
    </message>
</context>
<context>
    <name>zc::ApiError</name>
    <message>
        <location filename="../models/net/ApiError.cpp" line="+48"/>
        <source>Could not reach %1 through the proxy %2. Check the proxy settings and the network connection.</source>
        <translation>%1 ist über den Proxy %2 nicht erreichbar. Prüfen Sie die Proxy-Einstellungen und die Netzwerkverbindung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not reach ZIdentity to sign in. Check the network connection, the vanity domain and the token URL.</source>
        <translation>ZIdentity ist für die Anmeldung nicht erreichbar. Prüfen Sie die Netzwerkverbindung, die Vanity-Domain und die Token-URL.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not reach %1. Check the network connection and the API URL.</source>
        <translation>%1 ist nicht erreichbar. Prüfen Sie die Netzwerkverbindung und die API-URL.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The secure connection to %1 failed: its certificate is not trusted. Check the system time and the CA file in the connection settings.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: Dem Zertifikat wird nicht vertraut. Prüfen Sie die Systemzeit und die CA-Datei in den Verbindungseinstellungen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 did not answer in time. Try again later.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign-in at ZIdentity failed. Check the client ID, the secret or key, and the vanity domain.</source>
        <translation>Die Anmeldung bei ZIdentity ist fehlgeschlagen. Prüfen Sie die Client-ID, das Secret oder den Schlüssel und die Vanity-Domain.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 refused the request: this API client is not entitled to it or lacks the scope. An administrator can grant it in ZIdentity.</source>
        <translation>%1 hat die Anfrage abgelehnt: Dieser API-Client ist dafür nicht berechtigt oder ihm fehlt der Scope. Ein Administrator kann die Berechtigung in ZIdentity erteilen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is in read-only mode for maintenance: changes are refused until it ends. Reading still works.</source>
        <translation>%1 ist wegen Wartung schreibgeschützt: Änderungen werden bis zu deren Ende abgelehnt. Lesen funktioniert weiterhin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 does not know this item; it may have been deleted.</source>
        <translation>%1 kennt dieses Element nicht; es wurde möglicherweise gelöscht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is locked by another administrator&apos;s edit. Try again in a few seconds.</source>
        <translation>%1 ist durch die Bearbeitung eines anderen Administrators gesperrt. Versuchen Sie es in einigen Sekunden erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is rate limiting this client and asks to wait %2 s; gave up.</source>
        <translation>%1 drosselt diesen Client und verlangt %2 s Wartezeit; abgebrochen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is rate limiting this client; gave up after several retries.</source>
        <translation>%1 drosselt diesen Client; nach mehreren Wiederholungen abgebrochen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 answered with an error (HTTP %2) and asks to wait %3 s; gave up.</source>
        <translation>%1 hat mit einem Fehler geantwortet (HTTP %2) und verlangt %3 s Wartezeit; abgebrochen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 answered with an error (HTTP %2).</source>
        <translation>%1 hat mit einem Fehler geantwortet (HTTP %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 sent an answer that could not be read.</source>
        <translation>%1 hat eine Antwort gesendet, die nicht gelesen werden konnte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request is not valid.</source>
        <translation>Die Anfrage ist ungültig.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>in use</source>
        <translation>im Einsatz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy %1 refused the user name and password set for it (HTTP 407), so the request did not reach %2. Check the proxy user and password.</source>
        <translation>Der Proxy %1 hat den dafür festgelegten Benutzernamen und das Passwort abgelehnt (HTTP 407), daher hat die Anfrage %2 nicht erreicht. Prüfen Sie Proxy-Benutzer und -Passwort.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The proxy %1 asks for a user name and password (HTTP 407), and none are set for it, so the request did not reach %2. Set the proxy user and password.</source>
        <translation>Der Proxy %1 verlangt Benutzername und Passwort (HTTP 407), es sind aber keine festgelegt, daher hat die Anfrage %2 nicht erreicht. Legen Sie Proxy-Benutzer und -Passwort fest.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Server says: %1</source>
        <translation>Meldung des Servers: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server code: %1</source>
        <translation>Code des Servers: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(request ID %1)</source>
        <translation>(Anfrage-ID %1)</translation>
    </message>
</context>
<context>
    <name>zc::ApiExplorerPage</name>
    <message>
        <location filename="../ui/pages/api/ApiExplorerPage.cpp" line="+58"/>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send the request</source>
        <translation>Anfrage senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the request (Ctrl+Enter)</source>
        <translation>Anfrage senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel the request</source>
        <translation>Anfrage abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy as c&amp;url</source>
        <translation>Als c&amp;url kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy as curl</source>
        <translation>Als curl kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the request as a curl command line. The token is written as $ZSCALER_TOKEN: set that variable in your shell.</source>
        <translation>Anfrage als curl-Befehlszeile kopieren. Das Token wird als $ZSCALER_TOKEN geschrieben: Setzen Sie diese Variable in Ihrer Shell.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The requests sent with this profile. Enter or double-click sends one again.</source>
        <translation>Die mit diesem Profil gesendeten Anfragen. Eingabe oder Doppelklick sendet eine erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Re-run</source>
        <translation>&amp;Erneut senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the selected request again</source>
        <translation>Ausgewählte Anfrage erneut senden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the history</source>
        <translation>Verlauf leeren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Keep bodies</source>
        <translation>Bo&amp;dys behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep request bodies in the history</source>
        <translation>Anfrage-Bodys im Verlauf behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also remember the JSON bodies sent (members named like tokens, secrets or passwords are never kept).</source>
        <translation>Auch die gesendeten JSON-Bodys speichern (Elemente, die wie Tokens, Secrets oder Passwörter benannt sind, werden nie gespeichert).</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Send %1 %2?

This changes the tenant and is sent once, without retries that could repeat it.</source>
        <translation>%1 %2 senden?

Dies ändert den Mandanten und wird einmal gesendet, ohne Wiederholungen, die die Änderung doppelt ausführen könnten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is in read-only mode now (%2): the request will most likely be refused.</source>
        <translation>%1 ist derzeit schreibgeschützt (%2): Die Anfrage wird höchstwahrscheinlich abgelehnt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send a change</source>
        <translation>Änderung senden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign in to send requests.</source>
        <translation>Melden Sie sich an, um Anfragen zu senden.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Request cancelled.</source>
        <translation>Anfrage abgebrochen.</translation>
    </message>
</context>
<context>
    <name>zc::ApiHistory</name>
    <message>
        <location filename="../models/api/ApiHistory.cpp" line="+138"/>
        <source>Cannot create the folder of %1.</source>
        <translation>Der Ordner von %1 kann nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>zc::ApiJob</name>
    <message>
        <location filename="../models/net/ApiJob.cpp" line="+68"/>
        <source>The API URL cannot be formed from the settings.</source>
        <translation>Die API-URL kann aus den Einstellungen nicht gebildet werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refusing to send an access token over plain http to %1.</source>
        <translation>Ein Zugriffstoken wird nicht über unverschlüsseltes http an %1 gesendet.</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>%1 refused the request as invalid (HTTP %2).</source>
        <translation>%1 hat die Anfrage als ungültig abgelehnt (HTTP %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 refused the request: %2</source>
        <translation>%1 hat die Anfrage abgelehnt: %2</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>The answer is not valid JSON (%1 at byte %2).</source>
        <translation>Die Antwort ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The answer is not a JSON object.</source>
        <translation>Die Antwort ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The answer is not a JSON array.</source>
        <translation>Die Antwort ist kein JSON-Array.</translation>
    </message>
</context>
<context>
    <name>zc::ApiPath</name>
    <message>
        <location filename="../models/api/ApiPath.cpp" line="+110"/>
        <source>The path must start with a product&apos;s base path: %1.</source>
        <translation>Der Pfad muss mit dem Basispfad eines Produkts beginnen: %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The path needs {%1}, which the connection settings do not set.</source>
        <translation>Der Pfad benötigt {%1}, das in den Verbindungseinstellungen nicht festgelegt ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown placeholder {%1}: only {customerId} and {microtenantId} are filled in.</source>
        <translation>Unbekannter Platzhalter {%1}: Nur {customerId} und {microtenantId} werden ausgefüllt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The path may not contain &quot;.&quot; or &quot;..&quot; segments.</source>
        <translation>Der Pfad darf keine Segmente „.“ oder „..“ enthalten.</translation>
    </message>
</context>
<context>
    <name>zc::ApiRequestForm</name>
    <message>
        <location filename="../ui/pages/api/ApiRequestForm.cpp" line="+30"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The full path from the product&apos;s base path. {customerId} and {microtenantId} are filled in from the profile.</source>
        <translation>Der vollständige Pfad ab dem Basispfad des Produkts. {customerId} und {microtenantId} werden aus dem Profil ausgefüllt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Path sent</source>
        <translation>Gesendeter Pfad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Query items</source>
        <translation>Query-Parameter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add &amp;item</source>
        <translation>&amp;Parameter hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add query item</source>
        <translation>Query-Parameter hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove item</source>
        <translation>Parameter entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove query item</source>
        <translation>Query-Parameter entfernen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>JSON body</source>
        <translation>JSON-Body</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON body, for POST, PUT and PATCH</source>
        <translation>JSON-Body, für POST, PUT und PATCH</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Body check</source>
        <translation>Body-Prüfung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Format</source>
        <translation>&amp;Formatieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format the JSON body</source>
        <translation>JSON-Body formatieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;All pages</source>
        <translation>&amp;Alle Seiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All pages</source>
        <translation>Alle Seiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetch every page in the product&apos;s paging style and show one array of every record (GET only).</source>
        <translation>Alle Seiten im Paging-Verfahren des Produkts abrufen und ein Array mit allen Datensätzen anzeigen (nur GET).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Request</source>
        <translation>Anf&amp;rage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sends</source>
        <translation>Sendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Query</source>
        <translation>&amp;Query</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Body</source>
        <translation>&amp;Body</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>No body.</source>
        <translation>Kein Body.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid JSON.</source>
        <translation>Gültiges JSON.</translation>
    </message>
</context>
<context>
    <name>zc::AppSegmentsPage</name>
    <message>
        <location filename="../ui/pages/zpa/AppSegmentsPage.cpp" line="+67"/>
        <source>Find by &amp;domain…</source>
        <translation>Nach &amp;Domain suchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;all segments</source>
        <translation>&amp;Alle Segmente anzeigen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Whose segments to show: All microtenants, the Default one, or one microtenant</source>
        <translation>Wessen Segmente angezeigt werden: alle Microtenants, der Standard-Microtenant oder ein einzelner Microtenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Microtenant:</source>
        <translation>&amp;Microtenant:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>app.example.com</source>
        <translation>app.example.com</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shows the segments that publish this host; wildcard entries such as *.example.com cover its subdomains. A URL is reduced to its host.</source>
        <translation>Zeigt die Segmente, die diesen Host veröffentlichen; Platzhaltereinträge wie *.example.com decken seine Subdomains ab. Eine URL wird auf ihren Host gekürzt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find by &amp;domain:</source>
        <translation>Nach &amp;Domain suchen:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear the domain</source>
        <translation>Domain löschen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Loading application segments…</source>
        <translation>Application Segments werden geladen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No segments match “%1”. Press Esc to clear the filter.</source>
        <translation>Keine Segmente entsprechen „%1“. Drücken Sie Esc, um den Filter zu löschen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Select a segment to see its server groups and description.</source>
        <translation>Wählen Sie ein Segment aus, um seine Servergruppen und Beschreibung zu sehen.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domains</source>
        <translation>Domains</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TCP ports</source>
        <translation>TCP-Ports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UDP ports</source>
        <translation>UDP-Ports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment group</source>
        <translation>Segmentgruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microtenant</source>
        <translation>Microtenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bypass</source>
        <translation>Umgehung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health reporting</source>
        <translation>Zustandsmeldung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double encryption</source>
        <translation>Doppelte Verschlüsselung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IP anchored</source>
        <translation>IP-verankert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+113"/>
        <source>Sign in to a tenant to see its application segments.</source>
        <translation>Melden Sie sich bei einem Mandanten an, um seine Application Segments zu sehen.</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Loading was cancelled. The table still shows the segments loaded before.</source>
        <translation>Das Laden wurde abgebrochen. Die Tabelle zeigt weiterhin die zuvor geladenen Segmente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading was cancelled. Press Retry or F5 to load the segments.</source>
        <translation>Das Laden wurde abgebrochen. Drücken Sie „Wiederholen“ oder F5, um die Segmente zu laden.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Microtenant %1</source>
        <translation>Microtenant %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nothing loaded yet. Press F5 to load the application segments.</source>
        <translation>Noch nichts geladen. Drücken Sie F5, um die Application Segments zu laden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This tenant has no application segments. They are added in the ZPA admin portal.</source>
        <translation>Dieser Mandant hat keine Application Segments. Sie werden im ZPA-Admin-Portal angelegt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No application segments in this microtenant. Choose another microtenant above.</source>
        <translation>Keine Application Segments in diesem Microtenant. Wählen Sie oben einen anderen Microtenant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <source>No segment publishes “%1”.</source>
        <translation>Kein Segment veröffentlicht „%1“.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Choose All microtenants to search them all.</source>
        <translation>Wählen Sie „Alle Microtenants“, um alle zu durchsuchen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press Esc in the domain field to show every segment.</source>
        <translation>Drücken Sie Esc im Domain-Feld, um alle Segmente anzuzeigen.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%Ln segment(s) publish(es) “%1”.</source>
        <translation>
            <numerusform>%Ln Segment veröffentlicht „%1“.</numerusform>
            <numerusform>%Ln Segmente veröffentlichen „%1“.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zc::Area</name>
    <message>
        <location filename="../ui/pages/Area.cpp" line="+24"/>
        <source>Device OTP</source>
        <translation>Geräte-OTP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deep traces</source>
        <translation>Deep Traces</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>URL lookup</source>
        <translation>URL-Suche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>App segments</source>
        <translation>App-Segmente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connector groups</source>
        <translation>Connector-Gruppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Snapshots</source>
        <translation>Snapshots</translation>
    </message>
</context>
<context>
    <name>zc::BusyBar</name>
    <message>
        <location filename="../ui/widgets/BusyBar.cpp" line="+18"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Loading page %1 of %2…</source>
        <translation>Seite %1 von %2 wird geladen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading page %1…</source>
        <translation>Seite %1 wird geladen…</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>zc::ChartExport</name>
    <message>
        <location filename="../ui/widgets/ChartExport.cpp" line="+49"/>
        <source>There is no data to export.</source>
        <translation>Es gibt keine Daten zum Exportieren.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is nothing to draw.</source>
        <translation>Es gibt nichts zu zeichnen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png);;CSV files (*.csv);;JSON files (*.json)</source>
        <translation>PNG-Bilder (*.png);;CSV-Dateien (*.csv);;JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>zc::ChartWithTable</name>
    <message>
        <location filename="../ui/widgets/ChartWithTable.cpp" line="+31"/>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the picture</source>
        <translation>Grafik anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the same data as a table</source>
        <translation>Dieselben Daten als Tabelle anzeigen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the picture as PNG or the data as CSV or JSON</source>
        <translation>Grafik als PNG oder Daten als CSV oder JSON speichern</translation>
    </message>
</context>
<context>
    <name>zc::CloudPathDiagram</name>
    <message>
        <location filename="../ui/pages/zdx/CloudPathDiagram.cpp" line="+50"/>
        <source>Cloud path diagram</source>
        <translation>Cloud-Pfad-Diagramm</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Egress</source>
        <translation>Egress</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zscaler</source>
        <translation>Zscaler</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Hop %1</source>
        <translation>Hop %1</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Hop %1 of %2 → %3: %4</source>
        <translation>Hop %1 von %2 → %3: %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gateway: %1 %2</source>
        <translation>Gateway: %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latency: min %1, avg %2, max %3 ms; adds %4 ms</source>
        <translation>Latenz: min. %1, Ø %2, max. %3 ms; fügt %4 ms hinzu</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 of %n probe(s) answered (%2 % lost)</source>
        <translation>
            <numerusform>%1 von %n Probe hat geantwortet (%2 % Verlust)</numerusform>
            <numerusform>%1 von %n Probes haben geantwortet (%2 % Verlust)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This deep trace ran no cloud-path probe, or it has no samples yet.</source>
        <translation>Dieser Deep Trace hat keine Cloud-Pfad-Probe ausgeführt oder noch keine Messungen.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 → %2 (%3 → %4): %5 ms, %6 % loss, %n hop(s)</source>
        <translation>
            <numerusform>%1 → %2 (%3 → %4): %5 ms, %6 % Verlust, %n Hop</numerusform>
            <numerusform>%1 → %2 (%3 → %4): %5 ms, %6 % Verlust, %n Hops</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>hop %1 %2: %3</source>
        <translation>Hop %1 %2: %3</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+68"/>
        <source>%1 % loss</source>
        <translation>%1 % Verlust</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>+%1 ms</source>
        <translation>+%1 ms</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n probe(s), none answered</source>
        <translation>
            <numerusform>%n Probe, keine Antwort</numerusform>
            <numerusform>%n Probes, keine hat geantwortet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>min %1 · avg %2 · max %3 ms</source>
        <translation>min. %1 · Ø %2 · max. %3 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 / %2 / %3 ms</source>
        <comment>min / avg / max</comment>
        <translation>%1 / %2 / %3 ms</translation>
    </message>
</context>
<context>
    <name>zc::CloudPathModel</name>
    <message>
        <location filename="../models/zdx/CloudPathModel.cpp" line="+142"/>
        <source>Never answers</source>
        <translation>Antwortet nie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loses packets</source>
        <translation>Verliert Pakete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adds the most latency</source>
        <translation>Fügt die meiste Latenz hinzu</translation>
    </message>
</context>
<context>
    <name>zc::CloudPathView</name>
    <message>
        <location filename="../ui/pages/zdx/CloudPathView.cpp" line="+60"/>
        <source>Show the whole trace summed up, or one sample</source>
        <translation>Den gesamten Trace zusammengefasst oder eine einzelne Messung anzeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Latency and loss of each leg over the deep trace</source>
        <translation>Latenz und Verlust jedes Abschnitts über den Deep Trace</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;ample:</source>
        <translation>&amp;Messung:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cloud path</source>
        <translation>Cloud-Pfad</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+42"/>
        <source>This deep trace ran no cloud-path probe, or it has no samples yet.</source>
        <translation>Dieser Deep Trace hat keine Cloud-Pfad-Probe ausgeführt oder noch keine Messungen.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Whole trace</source>
        <translation>Gesamter Trace</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Latency per leg</source>
        <translation>Latenz pro Abschnitt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Packet loss per leg</source>
        <translation>Paketverlust pro Abschnitt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 loses %2 % of packets</source>
        <translation>%1 verliert %2 % der Pakete</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 adds the most latency (%2 ms)</source>
        <translation>%1 fügt die meiste Latenz hinzu (%2 ms)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n hop(s) never answer</source>
        <translation>
            <numerusform>%n Hop antwortet nie</numerusform>
            <numerusform>%n Hops antworten nie</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over the whole trace</source>
        <translation>Über den gesamten Trace</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In this sample</source>
        <translation>In dieser Messung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 no hop lost packets.</source>
        <translation>%1 hat kein Hop Pakete verloren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
</context>
<context>
    <name>zc::ConnectionSettings</name>
    <message>
        <location filename="../models/oneapi/ConnectionSettings.cpp" line="+146"/>
        <source>The client ID is missing.</source>
        <translation>Die Client-ID fehlt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A custom cloud needs a token URL.</source>
        <translation>Eine benutzerdefinierte Cloud benötigt eine Token-URL.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A custom cloud needs an API URL.</source>
        <translation>Eine benutzerdefinierte Cloud benötigt eine API-URL.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The vanity domain must be a single DNS label such as &quot;acme&quot;.</source>
        <translation>Die Vanity-Domain muss ein einzelnes DNS-Label sein, z. B. &quot;acme&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The token URL is not a valid URL.</source>
        <translation>Die Token-URL ist keine gültige URL.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token URL must use https (plain http is allowed only to this computer).</source>
        <translation>Die Token-URL muss https verwenden (unverschlüsseltes http ist nur zu diesem Computer erlaubt).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The API URL is not a valid URL.</source>
        <translation>Die API-URL ist keine gültige URL.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The API URL must use https (plain http is allowed only to this computer).</source>
        <translation>Die API-URL muss https verwenden (unverschlüsseltes http ist nur zu diesem Computer erlaubt).</translation>
    </message>
</context>
<context>
    <name>zc::ConnectorDetails</name>
    <message>
        <location filename="../ui/pages/ztw/ConnectorDetails.cpp" line="+59"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (all active)</source>
        <translation>%1 (alle aktiv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (all inactive)</source>
        <translation>%1 (alle inaktiv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+134"/>
        <source>%1 (%2 inactive)</source>
        <translation>%1 (%2 inaktiv)</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 IP</source>
        <translation>%1-IP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 netmask</source>
        <translation>%1-Netzmaske</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 gateway</source>
        <translation>%1-Gateway</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 DNS</source>
        <translation>%1-DNS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 network type</source>
        <translation>%1-Netzwerktyp</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deployment</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+20"/>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Tunnel mode</source>
        <translation>Tunnelmodus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VMs</source>
        <translation>VMs</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+17"/>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Operational status</source>
        <translation>Betriebsstatus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration</source>
        <translation>Registrierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form factor</source>
        <translation>Formfaktor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build version</source>
        <translation>Build-Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last upgrade</source>
        <translation>Letztes Upgrade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High availability</source>
        <translation>Hochverfügbarkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>NAT IP</source>
        <translation>NAT-IP</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>ZIA gateway</source>
        <translation>ZIA-Gateway</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ZPA broker</source>
        <translation>ZPA-Broker</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Management</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instance type</source>
        <translation>Instanztyp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virtual</source>
        <translation>Virtuell</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%Ln group(s)</source>
        <translation>
            <numerusform>%Ln Gruppe</numerusform>
            <numerusform>%Ln Gruppen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln VM(s)</source>
        <translation>
            <numerusform>%Ln VM</numerusform>
            <numerusform>%Ln VMs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln instance(s)</source>
        <translation>
            <numerusform>%Ln Instanz</numerusform>
            <numerusform>%Ln Instanzen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>zc::ConnectorGroupTreeModel</name>
    <message>
        <location filename="../models/ztw/ConnectorGroupTreeModel.cpp" line="+26"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAT IP</source>
        <translation>NAT-IP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ZIA gateway</source>
        <translation>ZIA-Gateway</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ZPA broker</source>
        <translation>ZPA-Broker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build</source>
        <translation>Build</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form factor</source>
        <translation>Formfaktor</translation>
    </message>
</context>
<context>
    <name>zc::ConnectorGroupsPage</name>
    <message>
        <location filename="../ui/pages/ztw/ConnectorGroupsPage.cpp" line="+46"/>
        <source>E&amp;xpand All</source>
        <translation>Alle &amp;erweitern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ollapse All</source>
        <translation>Alle &amp;reduzieren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Load the connector groups again (F5)</source>
        <translation>Connector-Gruppen erneut laden (F5)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connector groups</source>
        <translation>Connector-Gruppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No groups, VMs or instances match “%1”. Clear the filter.</source>
        <translation>Keine Gruppen, VMs oder Instanzen entsprechen „%1“. Löschen Sie den Filter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading the Cloud &amp; Branch Connector groups…</source>
        <translation>Cloud &amp; Branch Connector-Gruppen werden geladen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by name, platform, zone, NAT IP, gateway, broker or build (%1)</source>
        <translation>Nach Name, Plattform, Zone, NAT-IP, Gateway, Broker oder Build filtern (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show every VM and instance</source>
        <translation>Alle VMs und Instanzen anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the groups</source>
        <translation>Nur die Gruppen anzeigen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select a group, VM or instance to see its networks.</source>
        <translation>Wählen Sie eine Gruppe, VM oder Instanz aus, um ihre Netzwerke zu sehen.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Sign in to a tenant to see its connector groups.</source>
        <translation>Melden Sie sich bei einem Mandanten an, um seine Connector-Gruppen zu sehen.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Loading was cancelled. The tree shows the groups loaded before.</source>
        <translation>Das Laden wurde abgebrochen. Der Baum zeigt die zuvor geladenen Gruppen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading was cancelled. Retry to load the connector groups.</source>
        <translation>Das Laden wurde abgebrochen. Wiederholen Sie den Vorgang, um die Connector-Gruppen zu laden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading was cancelled. Press F5 to load the groups.</source>
        <translation>Das Laden wurde abgebrochen. Drücken Sie F5, um die Gruppen zu laden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connector groups could not be loaded: see the message above.</source>
        <translation>Die Connector-Gruppen konnten nicht geladen werden: siehe Meldung oben.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cloud &amp; Branch Connector groups</source>
        <translation>Cloud &amp; Branch Connector-Gruppen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign in to a tenant to see its Cloud &amp; Branch Connector groups.</source>
        <translation>Melden Sie sich bei einem Mandanten an, um seine Cloud &amp; Branch Connector-Gruppen zu sehen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No Cloud &amp; Branch Connector groups in this tenant.
Groups appear once a connector is deployed from a provisioning template; press F5 to look again.</source>
        <translation>Keine Cloud &amp; Branch Connector-Gruppen in diesem Mandanten.
Gruppen erscheinen, sobald ein Connector aus einer Bereitstellungsvorlage bereitgestellt wurde; drücken Sie F5, um erneut nachzusehen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press F5 to load the Cloud &amp; Branch Connector groups.</source>
        <translation>Drücken Sie F5, um die Cloud &amp; Branch Connector-Gruppen zu laden.</translation>
    </message>
</context>
<context>
    <name>zc::ConnectorStatusProxyModel</name>
    <message>
        <location filename="../ui/pages/ztw/ConnectorStatusProxyModel.cpp" line="+58"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>zc::DeepTrace</name>
    <message>
        <location filename="../models/zdx/DeepTraceModel.cpp" line="+31"/>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abort initiated</source>
        <translation>Abbruch eingeleitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aborted</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incomplete</source>
        <translation>Unvollständig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>zc::DeepTraceController</name>
    <message>
        <location filename="../models/zdx/DeepTraceController.cpp" line="+99"/>
        <source>Searching ZDX for “%1”…</source>
        <translation>ZDX wird nach „%1“ durchsucht…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the deep traces of %1…</source>
        <translation>Deep Traces von %1 werden geladen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starting a deep trace on %1…</source>
        <translation>Deep Trace auf %1 wird gestartet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleting the deep trace “%1”…</source>
        <translation>Deep Trace „%1“ wird gelöscht…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the results of the deep trace…</source>
        <translation>Ergebnisse des Deep Trace werden geladen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Following the deep trace “%1”…</source>
        <translation>Deep Trace „%1“ wird verfolgt…</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>%1 already has a deep trace running. ZDX runs one deep trace per device at a time: wait for it to complete, or delete it, then start a new one.</source>
        <translation>Auf %1 läuft bereits ein Deep Trace. ZDX führt pro Gerät jeweils nur einen Deep Trace aus: Warten Sie, bis er abgeschlossen ist, oder löschen Sie ihn, und starten Sie dann einen neuen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 already has a deep trace running (“%2”). ZDX runs one deep trace per device at a time: wait for it to complete, or delete it, then start a new one.</source>
        <translation>Auf %1 läuft bereits ein Deep Trace („%2“). ZDX führt pro Gerät jeweils nur einen Deep Trace aus: Warten Sie, bis er abgeschlossen ist, oder löschen Sie ihn, und starten Sie dann einen neuen.</translation>
    </message>
</context>
<context>
    <name>zc::DeepTraceSettings</name>
    <message>
        <location filename="../models/zdx/DeepTraceSettings.cpp" line="+23"/>
        <source>A deep trace needs a session name.</source>
        <translation>Ein Deep Trace benötigt einen Sitzungsnamen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The session name is longer than 128 characters.</source>
        <translation>Der Sitzungsname ist länger als 128 Zeichen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A deep trace lasts 5, 15, 30 or 60 minutes, not %1.</source>
        <translation>Ein Deep Trace dauert 5, 15, 30 oder 60 Minuten, nicht %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Application and probe IDs are positive numbers.</source>
        <translation>Anwendungs- und Probe-IDs sind positive Zahlen.</translation>
    </message>
</context>
<context>
    <name>zc::DeepTraceStartJob</name>
    <message>
        <location filename="../models/zdx/DeepTraceStartJob.cpp" line="+34"/>
        <source>A device ID is needed.</source>
        <translation>Eine Geräte-ID wird benötigt.</translation>
    </message>
</context>
<context>
    <name>zc::DeepTracesPage</name>
    <message>
        <location filename="../ui/pages/zdx/DeepTracesPage.cpp" line="+51"/>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>&amp;Find device:</source>
        <translation>&amp;Gerät suchen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User e-mail, user name or device name</source>
        <translation>E-Mail-Adresse, Benutzername oder Gerätename</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a user&apos;s e-mail, a user name or part of a device name above and press Enter.</source>
        <translation>Geben Sie oben die E-Mail-Adresse eines Benutzers, einen Benutzernamen oder einen Teil eines Gerätenamens ein und drücken Sie die Eingabetaste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No devices match “%1”. Clear the filter.</source>
        <translation>Keine Geräte entsprechen „%1“. Löschen Sie den Filter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+96"/>
        <location line="+132"/>
        <source>Select a completed deep trace to see its results.</source>
        <translation>Wählen Sie einen abgeschlossenen Deep Trace aus, um seine Ergebnisse zu sehen.</translation>
    </message>
    <message>
        <location line="-187"/>
        <source>Loading the results of the deep trace (%1 of %2)…</source>
        <translation>Ergebnisse des Deep Trace werden geladen (%1 von %2)…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The deep trace %1 no longer exists; it was deleted elsewhere. The list is loaded again.</source>
        <translation>Der Deep Trace %1 existiert nicht mehr; er wurde an anderer Stelle gelöscht. Die Liste wird neu geladen.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Pick a device to see its deep traces.</source>
        <translation>Wählen Sie ein Gerät aus, um seine Deep Traces zu sehen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ZDX is in read-only mode for maintenance: you can look at deep traces and their results, but not start or delete them until it ends.</source>
        <translation>ZDX ist wegen Wartung schreibgeschützt: Sie können Deep Traces und ihre Ergebnisse ansehen, aber bis zum Ende der Wartung keine starten oder löschen.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Type a user&apos;s e-mail, a user name or part of a device name to search.</source>
        <translation>Geben Sie zum Suchen die E-Mail-Adresse eines Benutzers, einen Benutzernamen oder einen Teil eines Gerätenamens ein.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ZDX knows no device for “%1”. Check the spelling, or search for the user&apos;s e-mail.</source>
        <translation>ZDX kennt kein Gerät für „%1“. Prüfen Sie die Schreibweise oder suchen Sie nach der E-Mail-Adresse des Benutzers.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>ZDX knows no device of %1. The device may not have reported to ZDX yet, or the user is not monitored by ZDX.</source>
        <translation>ZDX kennt kein Gerät von %1. Das Gerät hat sich möglicherweise noch nicht bei ZDX gemeldet, oder der Benutzer wird nicht von ZDX überwacht.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%1 has %n ZDX devices named %2. Pick the right one from the list.</source>
        <translation>
            <numerusform>%1 hat %n ZDX-Gerät namens %2. Wählen Sie das richtige aus der Liste.</numerusform>
            <numerusform>%1 hat %n ZDX-Geräte namens %2. Wählen Sie das richtige aus der Liste.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 has %n ZDX device(s). Pick one from the list.</source>
        <translation>
            <numerusform>%1 hat %n ZDX-Gerät. Wählen Sie es aus der Liste.</numerusform>
            <numerusform>%1 hat %n ZDX-Geräte. Wählen Sie eines aus der Liste.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>None of the ZDX devices of %1 is named %2. Pick the right one from the %n device(s) listed.</source>
        <translation>
            <numerusform>Keines der ZDX-Geräte von %1 heißt %2. Wählen Sie das richtige aus dem %n aufgeführten Gerät.</numerusform>
            <numerusform>Keines der ZDX-Geräte von %1 heißt %2. Wählen Sie das richtige aus den %n aufgeführten Geräten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Start a %1-minute deep trace on %2?</source>
        <translation>Einen %1-minütigen Deep Trace auf %2 starten?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Session name: %1. No other deep trace can run on this device until it ends.</source>
        <translation>Sitzungsname: %1. Bis zu seinem Ende kann auf diesem Gerät kein anderer Deep Trace laufen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start deep trace</source>
        <translation>Deep Trace starten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Deep trace “%1” started on %2. Its status refreshes by itself; the results appear below when it has completed.</source>
        <translation>Deep Trace „%1“ auf %2 gestartet. Sein Status wird automatisch aktualisiert; die Ergebnisse erscheinen unten, sobald er abgeschlossen ist.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Deep trace “%1” has ended without completing.</source>
        <translation>Deep Trace „%1“ wurde beendet, ohne abgeschlossen zu werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deep trace “%1” has completed; its results are below.</source>
        <translation>Deep Trace „%1“ ist abgeschlossen; die Ergebnisse stehen unten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deep trace “%1” has completed. Select it to see its results.</source>
        <translation>Deep Trace „%1“ ist abgeschlossen. Wählen Sie ihn aus, um seine Ergebnisse zu sehen.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Delete the deep trace “%1” on %2? It is still running: deleting it stops it and its data is lost.</source>
        <translation>Deep Trace „%1“ auf %2 löschen? Er läuft noch: Das Löschen beendet ihn, und seine Daten gehen verloren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the deep trace “%1” on %2? Its results are deleted with it.</source>
        <translation>Deep Trace „%1“ auf %2 löschen? Seine Ergebnisse werden mit gelöscht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete deep trace</source>
        <translation>Deep Trace löschen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Deleted the deep trace “%1”.</source>
        <translation>Deep Trace „%1“ gelöscht.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Loading the results…</source>
        <translation>Ergebnisse werden geladen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The results could not be loaded.</source>
        <translation>Die Ergebnisse konnten nicht geladen werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The tenant already runs as many deep traces as ZDX allows. Wait for one to end, or delete one, then press Retry.</source>
        <translation>Der Mandant führt bereits so viele Deep Traces aus, wie ZDX erlaubt. Warten Sie, bis einer endet, oder löschen Sie einen, und klicken Sie dann auf „Wiederholen“.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelled. Press Retry to try again.</source>
        <translation>Abgebrochen. Klicken Sie auf „Wiederholen“, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sign in to a tenant to work with ZDX deep traces.</source>
        <translation>Melden Sie sich bei einem Mandanten an, um mit ZDX-Deep-Traces zu arbeiten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find the user&apos;s device to see and start its deep traces.</source>
        <translation>Suchen Sie das Gerät des Benutzers, um seine Deep Traces zu sehen und zu starten.</translation>
    </message>
</context>
<context>
    <name>zc::DemoTenant</name>
    <message>
        <location filename="../demo/DemoTenant.cpp" line="+87"/>
        <source>The demo tenant could not start: %1</source>
        <translation>Der Demo-Mandant konnte nicht starten: %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The demo tenant could not generate its signing key.</source>
        <translation>Der Demo-Mandant konnte seinen Signaturschlüssel nicht erzeugen.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Demo tenant</source>
        <translation>Demo-Mandant</translation>
    </message>
</context>
<context>
    <name>zc::DetailPane</name>
    <message>
        <location filename="../ui/widgets/DetailPane.cpp" line="+29"/>
        <source>Select a row to see its details.</source>
        <translation>Wählen Sie eine Zeile aus, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Copy JSON</source>
        <translation>JSON &amp;kopieren</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copy the raw JSON of this record</source>
        <translation>Rohes JSON dieses Datensatzes kopieren</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+8"/>
        <source>Raw JSON</source>
        <translation>Rohes JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details of the selected row</source>
        <translation>Details der ausgewählten Zeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>zc::DeviceFinder</name>
    <message>
        <location filename="../models/zdx/DeviceFinder.cpp" line="+30"/>
        <source>%1 page %2 of %3</source>
        <translation>%1 Seite %2 von %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 page %2</source>
        <translation>%1 Seite %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Searching ZDX users…</source>
        <translation>ZDX-Benutzer werden gesucht…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Searching ZDX devices…</source>
        <translation>ZDX-Geräte werden gesucht…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Looking up the devices&apos; users…</source>
        <translation>Benutzer der Geräte werden ermittelt…</translation>
    </message>
    <message>
        <location filename="../models/zdx/DeviceSearchModel.cpp" line="+23"/>
        <source>User ID %1</source>
        <translation>Benutzer-ID %1</translation>
    </message>
</context>
<context>
    <name>zc::DeviceOtpPage</name>
    <message>
        <location filename="../ui/pages/zcc/DeviceOtpPage.cpp" line="+101"/>
        <source>Login or e-mail, e.g. jane.doe@example.com</source>
        <translation>Login oder E-Mail-Adresse, z. B. jane.doe@example.com</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user&apos;s login as Client Connector knows it (matched exactly, case does not matter). Press Enter to search.</source>
        <translation>Das Login des Benutzers, wie Client Connector es kennt (exakte Übereinstimmung, Groß-/Kleinschreibung egal). Drücken Sie zum Suchen die Eingabetaste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optional: part of the hostname</source>
        <translation>Optional: Teil des Hostnamens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the user&apos;s devices (Enter). A list fetched in the last few minutes is reused without a call.</source>
        <translation>Geräte des Benutzers auflisten (Eingabetaste). Eine in den letzten Minuten abgerufene Liste wird ohne neuen Aufruf wiederverwendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hostname:</source>
        <translation>&amp;Hostname:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The Client Connector API allows about 100 calls an hour. Every page of a device list and every OTP retrieval is one call.</source>
        <translation>Die Client Connector-API erlaubt etwa 100 Aufrufe pro Stunde. Jede Seite einer Geräteliste und jeder OTP-Abruf ist ein Aufruf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Filter the list (no calls): hostname, OS, version…</source>
        <translation>Liste filtern (ohne Aufrufe): Hostname, Betriebssystem, Version…</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Fetching the one-time passwords of %1…</source>
        <translation>Einmalpasswörter von %1 werden abgerufen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+268"/>
        <source>Looking up devices…</source>
        <translation>Geräte werden gesucht…</translation>
    </message>
    <message>
        <location line="-267"/>
        <source>Looking up the devices of %1…</source>
        <translation>Geräte von %1 werden gesucht…</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+234"/>
        <source>Not signed in. Sign in to a profile to look up devices.</source>
        <translation>Nicht angemeldet. Melden Sie sich mit einem Profil an, um Geräte zu suchen.</translation>
    </message>
    <message>
        <location line="-225"/>
        <source>Type a user&apos;s login or e-mail (or part of a hostname) first.</source>
        <translation>Geben Sie zuerst das Login oder die E-Mail-Adresse eines Benutzers (oder einen Teil eines Hostnamens) ein.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Fetching…</source>
        <translation>Wird abgerufen…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 is no longer in the list. Search again, then pick it.</source>
        <translation>%1 ist nicht mehr in der Liste. Suchen Sie erneut und wählen Sie es dann aus.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The tenant returned no one-time passwords for this device.</source>
        <translation>Der Mandant hat für dieses Gerät keine Einmalpasswörter geliefert.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Fetched at %1. The values stay hidden until you reveal them; Copy puts one on the clipboard for %n second(s).</source>
        <translation>
            <numerusform>Abgerufen um %1. Die Werte bleiben verborgen, bis Sie sie anzeigen; „Kopieren“ legt einen für %n Sekunde in die Zwischenablage.</numerusform>
            <numerusform>Abgerufen um %1. Die Werte bleiben verborgen, bis Sie sie anzeigen; „Kopieren“ legt einen für %n Sekunden in die Zwischenablage.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>This API client is not entitled to Client Connector (ZCC), so it cannot list devices or read one-time passwords. An administrator can grant it in ZIdentity.</source>
        <translation>Dieser API-Client ist nicht für Client Connector (ZCC) berechtigt, daher kann er weder Geräte auflisten noch Einmalpasswörter lesen. Ein Administrator kann die Berechtigung in ZIdentity erteilen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled. Press Retry to ask again.</source>
        <translation>Abgebrochen. Klicken Sie auf „Wiederholen“, um erneut anzufragen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Client Connector is in read-only mode right now. Looking up devices and one-time passwords still works: both only read.</source>
        <translation>Client Connector ist derzeit schreibgeschützt. Die Suche nach Geräten und Einmalpasswörtern funktioniert weiterhin: Beides liest nur.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No list fetched yet.</source>
        <translation>Noch keine Liste abgerufen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 s ago</source>
        <translation>vor %1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min ago</source>
        <translation>vor %1 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h ago</source>
        <translation>vor %1 h</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fetched %1; the next search or F5 asks the tenant again.</source>
        <translation>Abgerufen %1; die nächste Suche oder F5 fragt den Mandanten erneut ab.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetched %1, from cache (no call spent).</source>
        <translation>Abgerufen %1, aus dem Cache (kein Aufruf verbraucht).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetched %1.</source>
        <translation>Abgerufen %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Device lists are reused for %1 min to spare the hourly budget of Client Connector calls. F5 fetches the list again.</source>
        <translation>Gerätelisten werden %1 min lang wiederverwendet, um das stündliche Kontingent an Client Connector-Aufrufen zu schonen. F5 ruft die Liste erneut ab.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Client Connector: about 100 calls an hour</source>
        <translation>Client Connector: etwa 100 Aufrufe pro Stunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 calls left this hour</source>
        <translation>Noch %1 von %2 Aufrufen in dieser Stunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 calls left this hour</source>
        <translation>Noch %1 Aufrufe in dieser Stunde</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No devices match “%1”. Press Esc to clear the filter.</source>
        <translation>Keine Geräte entsprechen „%1“. Drücken Sie Esc, um den Filter zu löschen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The search was cancelled. Press Retry above to ask again.</source>
        <translation>Die Suche wurde abgebrochen. Klicken Sie oben auf „Wiederholen“, um erneut anzufragen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The search failed — see the message above.</source>
        <translation>Die Suche ist fehlgeschlagen – siehe Meldung oben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The search failed — see the message above and press Retry.</source>
        <translation>Die Suche ist fehlgeschlagen – siehe Meldung oben; klicken Sie auf „Wiederholen“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a user&apos;s login or e-mail above and press Enter to list their devices.</source>
        <translation>Geben Sie oben das Login oder die E-Mail-Adresse eines Benutzers ein und drücken Sie die Eingabetaste, um seine Geräte aufzulisten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No device of %1 has “%2” in its hostname.</source>
        <translation>Kein Gerät von %1 hat „%2“ im Hostnamen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No Client Connector devices for “%1”. Check the login: it must match exactly.</source>
        <translation>Keine Client Connector-Geräte für „%1“. Prüfen Sie das Login: Es muss exakt übereinstimmen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No device has “%1” in its hostname.</source>
        <translation>Kein Gerät hat „%1“ im Hostnamen.</translation>
    </message>
</context>
<context>
    <name>zc::DeviceOtpPane</name>
    <message>
        <location filename="../ui/pages/zcc/DeviceOtpPane.cpp" line="+62"/>
        <source>Copy the main OTP</source>
        <translation>Haupt-OTP kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;deep traces</source>
        <translation>&amp;Deep Traces öffnen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Get OTPs</source>
        <translation>OTPs &amp;abrufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetch the device&apos;s one-time passwords (Enter in the list). One call of the hourly budget; written to the audit list.</source>
        <translation>Einmalpasswörter des Geräts abrufen (Eingabetaste in der Liste). Ein Aufruf des Stundenkontingents; wird in der Audit-Liste vermerkt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+101"/>
        <source>&amp;Reveal all</source>
        <translation>Alle an&amp;zeigen</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Show every one-time password; they hide again after a minute.</source>
        <translation>Alle Einmalpasswörter anzeigen; nach einer Minute werden sie wieder verborgen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Copy main OTP</source>
        <translation>Haupt-OTP &amp;kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the one-time password (else the first one) without revealing it (%1). The clipboard clears itself.</source>
        <translation>Das Einmalpasswort (sonst das erste) kopieren, ohne es anzuzeigen (%1). Die Zwischenablage leert sich selbst.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Look at this device&apos;s ZDX deep traces or start one.</source>
        <translation>ZDX-Deep-Traces dieses Geräts ansehen oder einen starten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deep traces…</source>
        <translation>Deep Traces…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the device&apos;s ZDX deep traces (%1).</source>
        <translation>ZDX-Deep-Traces des Geräts öffnen (%1).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>One-time passwords</source>
        <translation>Einmalpasswörter</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No device selected</source>
        <translation>Kein Gerät ausgewählt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick a device in the list (arrow keys), then press Enter or Get OTPs.</source>
        <translation>Wählen Sie ein Gerät in der Liste (Pfeiltasten) und drücken Sie dann die Eingabetaste oder „OTPs abrufen“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to a profile to look up devices.</source>
        <translation>Melden Sie sich mit einem Profil an, um Geräte zu suchen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The one-time passwords of the selected device show here, hidden until you reveal them.</source>
        <translation>Die Einmalpasswörter des ausgewählten Geräts erscheinen hier, verborgen, bis Sie sie anzeigen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Client Connector %1</source>
        <translation>Client Connector %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>UDID: %1</source>
        <translation>UDID: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetching the one-time passwords…</source>
        <translation>Einmalpasswörter werden abgerufen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Enter in the list or Get OTPs to fetch this device&apos;s one-time passwords. That is one call of the hourly budget, and it is written to the audit list.</source>
        <translation>Drücken Sie die Eingabetaste in der Liste oder „OTPs abrufen“, um die Einmalpasswörter dieses Geräts abzurufen. Das ist ein Aufruf des Stundenkontingents und wird in der Audit-Liste vermerkt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>H&amp;ide all</source>
        <translation>Alle &amp;verbergen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Copied the “%1” one-time password. The clipboard clears itself in %2 seconds unless you copy something else meanwhile.</source>
        <translation>Einmalpasswort „%1“ kopiert. Die Zwischenablage leert sich in %2 Sekunden, sofern Sie nicht zwischenzeitlich etwas anderes kopieren.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All one-time passwords are shown.</source>
        <translation>Alle Einmalpasswörter werden angezeigt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All one-time passwords are hidden.</source>
        <translation>Alle Einmalpasswörter sind verborgen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No one-time password to copy yet: pick a device and press Enter to fetch its OTPs.</source>
        <translation>Noch kein Einmalpasswort zum Kopieren: Wählen Sie ein Gerät und drücken Sie die Eingabetaste, um seine OTPs abzurufen.</translation>
    </message>
</context>
<context>
    <name>zc::DeviceTracesPane</name>
    <message>
        <location filename="../ui/pages/zdx/DeviceTracesPane.cpp" line="+24"/>
        <source>S&amp;tart deep trace…</source>
        <translation>Deep Trace s&amp;tarten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Load this device&apos;s deep traces again (F5)</source>
        <translation>Deep Traces dieses Geräts neu laden (F5)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Deep traces</source>
        <translation>Deep Traces</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick a device to see its deep traces.</source>
        <translation>Wählen Sie ein Gerät aus, um seine Deep Traces zu sehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No deep traces match “%1”. Clear the filter.</source>
        <translation>Keine Deep Traces entsprechen „%1“. Löschen Sie den Filter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete deep trace…</source>
        <translation>Deep Trace löschen…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · ZDX device %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · ZDX-Gerät %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · ZDX device %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · ZDX-Gerät %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No deep traces on %1 yet. Start one with Start deep trace….</source>
        <translation>Noch keine Deep Traces auf %1. Starten Sie einen mit „Deep Trace starten…“.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Following %n running trace(s): the status refreshes by itself, less often while nothing changes.</source>
        <translation>
            <numerusform>%n laufender Trace wird verfolgt: Der Status wird automatisch aktualisiert, seltener, solange sich nichts ändert.</numerusform>
            <numerusform>%n laufende Traces werden verfolgt: Der Status wird automatisch aktualisiert, seltener, solange sich nichts ändert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ZDX is in read-only mode: deep traces cannot be started or deleted now.</source>
        <translation>ZDX ist schreibgeschützt: Deep Traces können derzeit weder gestartet noch gelöscht werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a deep trace on this device</source>
        <translation>Deep Trace auf diesem Gerät starten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the selected deep trace and its results (Del)</source>
        <translation>Ausgewählten Deep Trace und seine Ergebnisse löschen (Entf)</translation>
    </message>
</context>
<context>
    <name>zc::DiagnosticLog</name>
    <message>
        <location filename="../models/net/DiagnosticLog.cpp" line="+95"/>
        <source>Cannot create the log folder %1.</source>
        <translation>Der Protokollordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+12"/>
        <source>Cannot restrict the log file %1 to its owner.</source>
        <translation>Der Zugriff auf die Protokolldatei %1 kann nicht auf ihren Besitzer beschränkt werden.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Cannot open the log file %1: %2</source>
        <translation>Die Protokolldatei %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cannot write the log file %1: %2</source>
        <translation>Die Protokolldatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>zc::ErrorBanner</name>
    <message>
        <location filename="../ui/widgets/ErrorBanner.cpp" line="+23"/>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>This API client is not entitled to %1. An administrator can grant it in ZIdentity.</source>
        <translation>Dieser API-Client ist nicht für %1 berechtigt. Ein Administrator kann die Berechtigung in ZIdentity erteilen.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
</context>
<context>
    <name>zc::HealthChartsView</name>
    <message>
        <location filename="../ui/pages/zdx/HealthChartsView.cpp" line="+28"/>
        <source>Device health over the deep trace</source>
        <translation>Gerätezustand über den Deep Trace</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>ZDX recorded no health metrics for this trace.</source>
        <translation>ZDX hat für diesen Trace keine Zustandsmetriken aufgezeichnet.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>above %1 %</source>
        <translation>über %1 %</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>weaker than -70 dBm</source>
        <translation>schwächer als -70 dBm</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%1 in %n sample(s)</source>
        <comment>above 80 % in 2 samples</comment>
        <translation>
            <numerusform>%1 in %n Messung</numerusform>
            <numerusform>%1 in %n Messungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>no data in %n sample(s)</source>
        <translation>
            <numerusform>keine Daten in %n Messung</numerusform>
            <numerusform>keine Daten in %n Messungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <comment>metric: what stands out</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No health samples yet.</source>
        <translation>Noch keine Zustandsmessungen.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n sample(s); every metric stayed in its usual range.</source>
        <translation>
            <numerusform>%n Messung; jede Metrik blieb im üblichen Bereich.</numerusform>
            <numerusform>%n Messungen; jede Metrik blieb im üblichen Bereich.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n sample(s): %1.</source>
        <translation>
            <numerusform>%n Messung: %1.</numerusform>
            <numerusform>%n Messungen: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zc::HealthMetricsModel</name>
    <message>
        <location filename="../models/zdx/HealthMetricsModel.cpp" line="+30"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disk I/O</source>
        <translation>Datenträger-E/A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network bandwidth</source>
        <translation>Netzwerkbandbreite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wi-Fi signal</source>
        <translation>WLAN-Signal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page fetch time</source>
        <translation>Seitenladezeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server response time</source>
        <translation>Server-Antwortzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DNS time</source>
        <translation>DNS-Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (%2)</source>
        <comment>metric (unit)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
</context>
<context>
    <name>zc::HttpLog</name>
    <message>
        <location filename="../models/net/HttpLog.cpp" line="+38"/>
        <source>Keeping under %1&apos;s rate limit: next request in %2 s.</source>
        <translation>Ratenlimit von %1 wird eingehalten: nächste Anfrage in %2 s.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rate limited by %1, retrying in %2 s.</source>
        <translation>Von %1 gedrosselt, neuer Versuch in %2 s.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is temporarily unavailable, retrying in %2 s.</source>
        <translation>%1 ist vorübergehend nicht verfügbar, neuer Versuch in %2 s.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 answered with a server error, retrying in %2 s.</source>
        <translation>%1 hat mit einem Serverfehler geantwortet, neuer Versuch in %2 s.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is locked by another administrator&apos;s edit, retrying in %2 s.</source>
        <translation>%1 ist durch die Bearbeitung eines anderen Administrators gesperrt, neuer Versuch in %2 s.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The connection to %1 was lost, retrying in %2 s.</source>
        <translation>Die Verbindung zu %1 wurde unterbrochen, neuer Versuch in %2 s.</translation>
    </message>
</context>
<context>
    <name>zc::KeyDialog</name>
    <message>
        <location filename="../ui/dialogs/KeyDialog.cpp" line="+39"/>
        <source>Private key</source>
        <translation>Privater Schlüssel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key pair</source>
        <translation>Schlüsselpaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import from file…</source>
        <translation>Aus Datei importieren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RSA 2048 bits</source>
        <translation>RSA 2048 Bit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RSA 3072 bits</source>
        <translation>RSA 3072 Bit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RSA 4096 bits</source>
        <translation>RSA 4096 Bit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EC P-256</source>
        <translation>EC P-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate</source>
        <translation>Erzeugen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>or generate a new pair:</source>
        <translation>oder ein neues Paar erzeugen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+244"/>
        <source>No key yet.</source>
        <translation>Noch kein Schlüssel.</translation>
    </message>
    <message>
        <location line="-212"/>
        <location line="+3"/>
        <source>Public key (PEM)</source>
        <translation>Öffentlicher Schlüssel (PEM)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>JWKS</source>
        <translation>JWKS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public key formats</source>
        <translation>Formate des öffentlichen Schlüssels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public key as JWKS</source>
        <translation>Öffentlicher Schlüssel als JWKS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Register the public key in ZIdentity: in the admin portal open Integration › API Clients, edit this client, choose private key JWT authentication and upload the PEM file, or paste the JWKS document. The private key itself never leaves this computer: it is kept in the system keychain, unencrypted there even when the imported file had a passphrase, so the keychain&apos;s own lock (your login) is what protects it; the passphrase is not stored.</source>
        <translation>Registrieren Sie den öffentlichen Schlüssel in ZIdentity: Öffnen Sie im Admin-Portal Integration › API Clients, bearbeiten Sie diesen Client, wählen Sie die Authentifizierung per Private Key JWT und laden Sie die PEM-Datei hoch oder fügen Sie das JWKS-Dokument ein. Der private Schlüssel selbst verlässt diesen Computer nie: Er wird im Schlüsselbund des Systems aufbewahrt, dort unverschlüsselt, auch wenn die importierte Datei eine Passphrase hatte; geschützt wird er also durch die Sperre des Schlüsselbunds selbst (Ihre Anmeldung). Die Passphrase wird nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Use this key</source>
        <translation>Diesen Schlüssel verwenden</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Import a private key</source>
        <translation>Privaten Schlüssel importieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PEM keys (*.pem *.key);;All files (*)</source>
        <translation>PEM-Schlüssel (*.pem *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The passphrase does not open the key in %1. Try again:</source>
        <translation>Die Passphrase öffnet den Schlüssel in %1 nicht. Versuchen Sie es erneut:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key in %1 is encrypted. Enter its passphrase:</source>
        <translation>Der Schlüssel in %1 ist verschlüsselt. Geben Sie seine Passphrase ein:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encrypted private key</source>
        <translation>Verschlüsselter privater Schlüssel</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This key cannot sign: a test signature did not verify.</source>
        <translation>Dieser Schlüssel kann nicht signieren: Eine Testsignatur wurde nicht bestätigt.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The key could not be generated.</source>
        <translation>Der Schlüssel konnte nicht erzeugt werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Generating the key pair…</source>
        <translation>Schlüsselpaar wird erzeugt…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Save the JWKS document</source>
        <translation>JWKS-Dokument speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the public key</source>
        <translation>Öffentlichen Schlüssel speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PEM files (*.pem);;All files (*)</source>
        <translation>PEM-Dateien (*.pem);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No key.</source>
        <translation>Kein Schlüssel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EC P-256 (ES256)</source>
        <translation>EC P-256 (ES256)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RSA %1 bits (RS256)</source>
        <translation>RSA %1 Bit (RS256)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · key ID %2</source>
        <translation>%1 · Schlüssel-ID %2</translation>
    </message>
</context>
<context>
    <name>zc::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+97"/>
        <location line="+386"/>
        <source>ZConsole</source>
        <translation>ZConsole</translation>
    </message>
    <message>
        <location line="-327"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+1 to Ctrl+9 open the pages directly.</source>
        <translation>Strg+1 bis Strg+9 öffnen die Seiten direkt.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Switch Profile…</source>
        <translation>Profil &amp;wechseln…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Demo Tenant</source>
        <translation>&amp;Demo-Mandant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in to the built-in demo tenant (no network needed)</source>
        <translation>Beim integrierten Demo-Mandanten anmelden (kein Netzwerk nötig)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign &amp;Out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Activity Panel</source>
        <translation>Akti&amp;vitätsbereich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About ZConsole</source>
        <translation>Ü&amp;ber ZConsole</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Log Folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows the folder of the diagnostic log that support may ask for.</source>
        <translation>Zeigt den Ordner des Diagnoseprotokolls, das der Support anfordern kann.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Log folder</source>
        <translation>Protokollordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The log folder could not be opened. It is %1</source>
        <translation>Der Protokollordner konnte nicht geöffnet werden. Er befindet sich unter %1</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>A native desktop console for Zscaler OneAPI: helpdesk and admin views over ZIA, ZPA, Client Connector, Cloud Connector, ZDX and ZIdentity.</source>
        <translation>Eine native Desktop-Konsole für Zscaler OneAPI: Helpdesk- und Admin-Ansichten für ZIA, ZPA, Client Connector, Cloud Connector, ZDX und ZIdentity.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(version unknown)</source>
        <translation>(Version unbekannt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ZConsole %1
%2

Licensed under the Apache License 2.0.

Qt %3 (built with %4)
%5
QtKeychain %6</source>
        <translation>ZConsole %1
%2

Lizenziert unter der Apache License 2.0.

Qt %3 (erstellt mit %4)
%5
QtKeychain %6</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About ZConsole</source>
        <translation>Über ZConsole</translation>
    </message>
    <message>
        <location line="-263"/>
        <source>Demo tenant</source>
        <translation>Demo-Mandant</translation>
    </message>
    <message>
        <location line="+352"/>
        <location line="+41"/>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>ZConsole could not sign in to %1.

%2</source>
        <translation>ZConsole konnte sich nicht bei %1 anmelden.

%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No profile</source>
        <translation>Kein Profil</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 — %2</source>
        <comment>profile — tenant</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile: %1
Tenant: %2</source>
        <translation>Profil: %1
Mandant: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — ZConsole</source>
        <translation>%1 — ZConsole</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starting the demo tenant…</source>
        <translation>Demo-Mandant wird gestartet…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signed in · token valid for %1</source>
        <translation>Angemeldet · Token gültig für %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in · a new token is fetched with the next request</source>
        <translation>Angemeldet · mit der nächsten Anfrage wird ein neues Token abgerufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The access token expires at %1 (lifetime %2). ZConsole renews it before it runs out.</source>
        <translation>Das Zugriffstoken läuft um %1 ab (Lebensdauer %2). ZConsole erneuert es, bevor es abläuft.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: rate budget not reported yet</source>
        <translation>%1: Ratenkontingent noch nicht gemeldet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 of %3 calls left</source>
        <translation>%1: noch %2 von %3 Aufrufen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 calls left</source>
        <translation>%1: noch %2 Aufrufe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, resets in %1</source>
        <translation>, wird in %1 zurückgesetzt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the %1 API last reported about its rate limit for this client.</source>
        <translation>Was die %1-API zuletzt über ihr Ratenlimit für diesen Client gemeldet hat.</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%1 is in read-only mode: changes are refused until its maintenance ends. Reading still works.</source>
        <translation>
            <numerusform>%1 ist schreibgeschützt: Änderungen werden abgelehnt, bis die Wartung endet. Lesen funktioniert weiterhin.</numerusform>
            <numerusform>%1 sind schreibgeschützt: Änderungen werden abgelehnt, bis ihre Wartung endet. Lesen funktioniert weiterhin.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The tenant says: “%1”</source>
        <translation>Der Mandant meldet: „%1“</translation>
    </message>
</context>
<context>
    <name>zc::MicrotenantModel</name>
    <message>
        <location filename="../models/zpa/MicrotenantModel.cpp" line="+53"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
</context>
<context>
    <name>zc::OtpAuditLog</name>
    <message>
        <location filename="../models/zcc/OtpAuditLog.cpp" line="+90"/>
        <source>Cannot read the audit list %1: %2</source>
        <translation>Die Audit-Liste %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+30"/>
        <source>Cannot create the folder of the audit list %1.</source>
        <translation>Der Ordner der Audit-Liste %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+10"/>
        <location line="+17"/>
        <location line="+7"/>
        <source>Cannot write the audit list %1: %2</source>
        <translation>Die Audit-Liste %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Cannot restrict the audit list %1 to its owner.</source>
        <translation>Der Zugriff auf die Audit-Liste %1 kann nicht auf ihren Besitzer beschränkt werden.</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile or client</source>
        <translation>Profil oder Client</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kinds</source>
        <translation>Arten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asked by</source>
        <translation>Angefordert von</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UDID</source>
        <translation>UDID</translation>
    </message>
</context>
<context>
    <name>zc::OtpAuditPanel</name>
    <message>
        <location filename="../ui/pages/zcc/OtpAuditPanel.cpp" line="+36"/>
        <source>OTP audit list</source>
        <translation>OTP-Audit-Liste</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Audit list: OTP retrievals on this computer (%1)</source>
        <translation>Audit-Liste: OTP-Abrufe auf diesem Computer (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who read which device&apos;s one-time passwords from this computer, newest first. The values themselves are never recorded. Kept in %1 (the last %2).</source>
        <translation>Wer von diesem Computer aus die Einmalpasswörter welches Geräts gelesen hat, neueste zuerst. Die Werte selbst werden nie aufgezeichnet. Gespeichert in %1 (die letzten %2).</translation>
    </message>
</context>
<context>
    <name>zc::OtpListWidget</name>
    <message>
        <location filename="../ui/pages/zcc/OtpListWidget.cpp" line="+111"/>
        <location line="+68"/>
        <source>Reveal</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+68"/>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The %1 one-time password is shown.</source>
        <translation>Einmalpasswort „%1“ wird angezeigt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The %1 one-time password is hidden.</source>
        <translation>Einmalpasswort „%1“ ist verborgen.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Hide the %1 one-time password</source>
        <translation>Einmalpasswort „%1“ verbergen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the %1 one-time password</source>
        <translation>Einmalpasswort „%1“ anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the %1 one-time password (the clipboard clears itself)</source>
        <translation>Einmalpasswort „%1“ kopieren (die Zwischenablage leert sich selbst)</translation>
    </message>
</context>
<context>
    <name>zc::OtpModel</name>
    <message>
        <location filename="../models/zcc/OtpModel.cpp" line="+51"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hidden: reveal to show it.</source>
        <translation>Verborgen: „Anzeigen“ blendet den Wert ein.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>zc::OtpSet</name>
    <message>
        <location filename="../models/zcc/OtpSet.cpp" line="+24"/>
        <source>One-time password</source>
        <translation>Einmalpasswort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logout</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uninstall</source>
        <translation>Deinstallieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable ZIA</source>
        <translation>ZIA deaktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable ZPA</source>
        <translation>ZPA deaktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable ZDX</source>
        <translation>ZDX deaktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable Endpoint DLP (ZDP)</source>
        <translation>Endpoint DLP (ZDP) deaktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable anti-tampering</source>
        <translation>Manipulationsschutz deaktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deception settings</source>
        <translation>Deception-Einstellungen</translation>
    </message>
</context>
<context>
    <name>zc::Pager</name>
    <message>
        <location filename="../models/net/PageParser.cpp" line="+85"/>
        <source>Expected a JSON array of records.</source>
        <translation>JSON-Array mit Datensätzen erwartet.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>&quot;%1&quot; is not an array.</source>
        <translation>&quot;%1&quot; ist kein Array.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Expected a JSON object with &quot;totalPages&quot; and &quot;list&quot;.</source>
        <translation>JSON-Objekt mit &quot;totalPages&quot; und &quot;list&quot; erwartet.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Expected a JSON object with &quot;records&quot;.</source>
        <translation>JSON-Objekt mit &quot;records&quot; erwartet.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Expected a JSON object with &quot;next_offset&quot;.</source>
        <translation>JSON-Objekt mit &quot;next_offset&quot; erwartet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;next_offset&quot; is not a usable cursor.</source>
        <translation>&quot;next_offset&quot; ist kein verwendbarer Cursor.</translation>
    </message>
</context>
<context>
    <name>zc::PagingGuard</name>
    <message>
        <location filename="../models/net/PagingGuard.cpp" line="+56"/>
        <source>%1 pointed back to a page it had already sent (%2); the listing was stopped.</source>
        <translation>%1 hat auf eine bereits gesendete Seite zurückverwiesen (%2); die Auflistung wurde angehalten.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 still announced more after %2 pages, the most one listing may fetch; the listing was stopped. Raise the limit (--max-pages, or paging/maxPages in the settings) if the list is really that long.</source>
        <translation>%1 hat nach %2 Seiten, dem Maximum für eine Auflistung, noch weitere angekündigt; die Auflistung wurde angehalten. Erhöhen Sie das Limit (--max-pages oder paging/maxPages in den Einstellungen), falls die Liste wirklich so lang ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 still announced more after %2 records, the most one listing may fetch; the listing was stopped. Raise the limit (--max-records, or paging/maxRecords in the settings) if the list is really that long.</source>
        <translation>%1 hat nach %2 Datensätzen, dem Maximum für eine Auflistung, noch weitere angekündigt; die Auflistung wurde angehalten. Erhöhen Sie das Limit (--max-records oder paging/maxRecords in den Einstellungen), falls die Liste wirklich so lang ist.</translation>
    </message>
</context>
<context>
    <name>zc::PrivateKey</name>
    <message>
        <location filename="../models/auth/KeyError.cpp" line="+13"/>
        <source>The key is usable.</source>
        <translation>Der Schlüssel ist verwendbar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key file could not be opened or read. Check that it exists and that you are allowed to read it.</source>
        <translation>Die Schlüsseldatei konnte nicht geöffnet oder gelesen werden. Prüfen Sie, ob sie existiert und ob Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not a regular file (a folder, a device or a pipe). Choose the PEM file of the private key.</source>
        <translation>Dies ist keine reguläre Datei (sondern ein Ordner, ein Gerät oder eine Pipe). Wählen Sie die PEM-Datei des privaten Schlüssels.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is larger than 1 MiB, so it is not a key file (keys are a few kilobytes). Choose the PEM file of the private key.</source>
        <translation>Die Datei ist größer als 1 MiB und daher keine Schlüsseldatei (Schlüssel sind wenige Kilobyte groß). Wählen Sie die PEM-Datei des privaten Schlüssels.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not a PEM key. Choose the file that starts with &quot;-----BEGIN PRIVATE KEY-----&quot; or a similar key header.</source>
        <translation>Dies ist kein PEM-Schlüssel. Wählen Sie die Datei, die mit &quot;-----BEGIN PRIVATE KEY-----&quot; oder einem ähnlichen Schlüssel-Header beginnt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key is encrypted. Enter its passphrase to open it.</source>
        <translation>Der Schlüssel ist verschlüsselt. Geben Sie seine Passphrase ein, um ihn zu öffnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The passphrase does not open this key. Check the passphrase and try again.</source>
        <translation>Die Passphrase öffnet diesen Schlüssel nicht. Prüfen Sie die Passphrase und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This key type is not supported; OneAPI needs an RSA key of 2048 bits or more, or an EC key on the P-256 curve.</source>
        <translation>Dieser Schlüsseltyp wird nicht unterstützt; OneAPI benötigt einen RSA-Schlüssel mit 2048 Bit oder mehr oder einen EC-Schlüssel auf der Kurve P-256.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The RSA key has fewer than 2048 bits; OneAPI needs 2048 bits or more. Generate a new key of at least 2048 bits.</source>
        <translation>Der RSA-Schlüssel hat weniger als 2048 Bit; OneAPI benötigt 2048 Bit oder mehr. Erzeugen Sie einen neuen Schlüssel mit mindestens 2048 Bit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The EC key is not on the P-256 curve; OneAPI only accepts P-256 (prime256v1) for EC keys. Generate a new P-256 key.</source>
        <translation>Der EC-Schlüssel liegt nicht auf der Kurve P-256; OneAPI akzeptiert für EC-Schlüssel nur P-256 (prime256v1). Erzeugen Sie einen neuen P-256-Schlüssel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is a public key or a certificate, not a private key (or the reverse). Choose the other file of the key pair.</source>
        <translation>Dies ist ein öffentlicher Schlüssel oder ein Zertifikat, kein privater Schlüssel (oder umgekehrt). Wählen Sie die andere Datei des Schlüsselpaars.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key is damaged: its private and public parts do not match, so ZIdentity would refuse every sign-in. Export the key again or generate a new one.</source>
        <translation>Der Schlüssel ist beschädigt: Privater und öffentlicher Teil passen nicht zusammen, daher würde ZIdentity jede Anmeldung ablehnen. Exportieren Sie den Schlüssel erneut oder erzeugen Sie einen neuen.</translation>
    </message>
    <message>
        <location filename="../models/auth/KeyFile.cpp" line="+56"/>
        <source>Warning: other users of this computer can read the private key file. Restrict it to yourself (chmod 600 on Linux and macOS).</source>
        <translation>Warnung: Andere Benutzer dieses Computers können die Datei des privaten Schlüssels lesen. Beschränken Sie den Zugriff auf sich selbst (chmod 600 unter Linux und macOS).</translation>
    </message>
</context>
<context>
    <name>zc::Profile</name>
    <message>
        <location filename="../models/profiles/Profile.cpp" line="+29"/>
        <source>The profile name is empty.</source>
        <translation>Der Profilname ist leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile name must not start or end with a space.</source>
        <translation>Der Profilname darf nicht mit einem Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile name is longer than %1 characters.</source>
        <translation>Der Profilname ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The profile name must not contain &apos;/&apos;, &apos;\&apos; or control characters.</source>
        <translation>Der Profilname darf weder &apos;/&apos;, &apos;\&apos; noch Steuerzeichen enthalten.</translation>
    </message>
</context>
<context>
    <name>zc::ProfileEditorDialog</name>
    <message>
        <location filename="../ui/dialogs/ProfileEditorDialog.cpp" line="+44"/>
        <location line="+265"/>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <location line="-222"/>
        <source>e.g. Production tenant</source>
        <translation>z. B. Produktivmandant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Production (zslogin.net)</source>
        <translation>Produktion (zslogin.net)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beta (zsloginbeta.net)</source>
        <translation>Beta (zsloginbeta.net)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government (zsloginzgov.net)</source>
        <translation>Government (zsloginzgov.net)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government US (zsloginzgovus.net)</source>
        <translation>Government US (zsloginzgovus.net)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom URLs</source>
        <translation>Benutzerdefinierte URLs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://acme.example.net/oauth2/v1/token</source>
        <translation>https://acme.example.net/oauth2/v1/token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://api.example.net</source>
        <translation>https://api.example.net</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>e.g. acme (from acme.zslogin.net)</source>
        <translation>z. B. acme (aus acme.zslogin.net)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Optional with custom URLs</source>
        <translation>Optional bei benutzerdefinierten URLs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile &amp;name:</source>
        <translation>Profil&amp;name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;loud:</source>
        <translation>C&amp;loud:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Token URL:</source>
        <translation>&amp;Token-URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;API URL:</source>
        <translation>&amp;API-URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vanity domain:</source>
        <translation>&amp;Vanity-Domain:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From ZIdentity › Integration › API Clients</source>
        <translation>Aus ZIdentity › Integration › API Clients</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private key (signed JWT)</source>
        <translation>Privater Schlüssel (signiertes JWT)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+266"/>
        <source>The client secret</source>
        <translation>Das Client-Secret</translation>
    </message>
    <message>
        <location line="-264"/>
        <location line="+262"/>
        <source>●●●●●●●● Stored in the keychain.</source>
        <translation>●●●●●●●● Im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location line="-260"/>
        <source>Replace…</source>
        <translation>Ersetzen…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+254"/>
        <source>Generate…</source>
        <translation>Erzeugen…</translation>
    </message>
    <message>
        <location line="-237"/>
        <source>Sign-in (ZIdentity API client)</source>
        <translation>Anmeldung (ZIdentity-API-Client)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Client ID:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Secret:</source>
        <translation>&amp;Secret:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private &amp;key:</source>
        <translation>P&amp;rivater Schlüssel:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Needed for ZPA, e.g. 216196257331281920</source>
        <translation>Erforderlich für ZPA, z. B. 216196257331281920</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty: all microtenants; 0: Default</source>
        <translation>Leer: alle Microtenants; 0: Standard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: extra PEM trust anchors</source>
        <translation>Optional: zusätzliche PEM-Vertrauensanker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ZPA c&amp;ustomer ID:</source>
        <translation>ZPA-K&amp;unden-ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default micro&amp;tenant:</source>
        <translation>Standard-Micr&amp;otenant:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA &amp;file:</source>
        <translation>CA-&amp;Datei:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>CA certificates</source>
        <translation>CA-Zertifikate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Edit profile “%1”</source>
        <translation>Profil „%1“ bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate profile “%1”</source>
        <translation>Profil „%1“ duplizieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the key from the keychain…</source>
        <translation>Schlüssel wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>●●●●●●●● Copied from the keychain entry of “%1”.</source>
        <translation>●●●●●●●● Aus dem Schlüsselbundeintrag von „%1“ kopiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New client secret (empty: keep the stored one)</source>
        <translation>Neues Client-Secret (leer: gespeichertes beibehalten)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New: stored in the keychain when you save.</source>
        <translation>Neu: wird beim Speichern im Schlüsselbund abgelegt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Stored in the keychain.</source>
        <translation>Im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No key yet: import one or generate a new pair.</source>
        <translation>Noch kein Schlüssel: Importieren Sie einen oder erzeugen Sie ein neues Paar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show / replace…</source>
        <translation>Anzeigen / ersetzen…</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Reading the secret from the keychain…</source>
        <translation>Secret wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+13"/>
        <source>Save profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The profile was not saved: %1</source>
        <translation>Das Profil wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile was not saved.

%1</source>
        <translation>Das Profil wurde nicht gespeichert.

%1</translation>
    </message>
</context>
<context>
    <name>zc::ProfileFormCheck</name>
    <message>
        <location filename="../models/profiles/ProfileFormCheck.cpp" line="+48"/>
        <source>The CA file cannot be read.</source>
        <translation>Die CA-Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CA file holds no PEM certificate.</source>
        <translation>Die CA-Datei enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Import a private key or generate a new pair.</source>
        <translation>Importieren Sie einen privaten Schlüssel oder erzeugen Sie ein neues Paar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the client secret.</source>
        <translation>Geben Sie das Client-Secret ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The ZPA customer ID is a number, such as 216196257331281920.</source>
        <translation>Die ZPA-Kunden-ID ist eine Zahl, z. B. 216196257331281920.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The microtenant ID is a number (0 for Default); leave it empty for all microtenants.</source>
        <translation>Die Microtenant-ID ist eine Zahl (0 für Standard); lassen Sie sie für alle Microtenants leer.</translation>
    </message>
</context>
<context>
    <name>zc::ProfileManagerDialog</name>
    <message>
        <location filename="../ui/dialogs/ProfileManagerDialog.cpp" line="+36"/>
        <source>production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>beta</source>
        <translation>Beta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>government</source>
        <translation>Government</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>government US</source>
        <translation>Government US</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>custom URLs</source>
        <translation>benutzerdefinierte URLs</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sign in — ZConsole</source>
        <translation>Anmelden — ZConsole</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate…</source>
        <translation>D&amp;uplizieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Choose a tenant profile to sign in, or open the demo tenant to try ZConsole without a Zscaler tenant.</source>
        <translation>Wählen Sie ein Mandantenprofil zum Anmelden, oder öffnen Sie den Demo-Mandanten, um ZConsole ohne Zscaler-Mandanten auszuprobieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a tenant profile to sign in.</source>
        <translation>Wählen Sie ein Mandantenprofil zum Anmelden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Demo tenant</source>
        <translation>Demo-Mandant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A simulated tenant on this computer: every view works, no network or Zscaler account needed.</source>
        <translation>Ein simulierter Mandant auf diesem Computer: Alle Ansichten funktionieren, kein Netzwerk und kein Zscaler-Konto nötig.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Starts a simulated tenant on this computer and signs in to it. Works without network access.</source>
        <translation>Startet einen simulierten Mandanten auf diesem Computer und meldet sich dort an. Funktioniert ohne Netzwerkzugang.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>private key</source>
        <translation>privater Schlüssel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenant %1 (%2 cloud) · client %3 · %4</source>
        <translation>Mandant %1 (Cloud %2) · Client %3 · %4</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Profile “%1” saved.</source>
        <translation>Profil „%1“ gespeichert.</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+16"/>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Delete the profile “%1”?

Its settings and its secret in the system keychain are removed. This cannot be undone.</source>
        <translation>Profil „%1“ löschen?

Seine Einstellungen und sein Secret im Schlüsselbund des Systems werden entfernt. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Removing “%1” from the keychain…</source>
        <translation>„%1“ wird aus dem Schlüsselbund entfernt…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The profile “%1” was not deleted: %2</source>
        <translation>Das Profil „%1“ wurde nicht gelöscht: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Profile “%1” deleted.</source>
        <translation>Profil „%1“ gelöscht.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading the secret of “%1” from the keychain…</source>
        <translation>Secret von „%1“ wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+19"/>
        <source>Keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>%1

Try the keychain again (Retry), or type the secret for this session only (Yes)? A typed secret is kept in memory and never written to disk.</source>
        <translation>%1

Schlüsselbund erneut versuchen (Wiederholen) oder das Secret nur für diese Sitzung eingeben (Ja)? Ein eingegebenes Secret bleibt im Arbeitsspeicher und wird nie auf den Datenträger geschrieben.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1

Use a secret for this session only? It is kept in memory and never written to disk.</source>
        <translation>%1

Ein Secret nur für diese Sitzung verwenden? Es bleibt im Arbeitsspeicher und wird nie auf den Datenträger geschrieben.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Private key of “%1” for this session</source>
        <translation>Privater Schlüssel von „%1“ für diese Sitzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM keys (*.pem *.key);;All files (*)</source>
        <translation>PEM-Schlüssel (*.pem *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>Private key</source>
        <translation>Privater Schlüssel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Secret for this session</source>
        <translation>Secret für diese Sitzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client secret of “%1” (kept in memory for this session only):</source>
        <translation>Client-Secret von „%1“ (nur für diese Sitzung im Arbeitsspeicher):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Using a secret typed for this session only.</source>
        <translation>Es wird ein nur für diese Sitzung eingegebenes Secret verwendet.</translation>
    </message>
</context>
<context>
    <name>zc::ProfileRepository</name>
    <message>
        <location filename="../models/profiles/ProfileRepository.cpp" line="+95"/>
        <source>A profile named “%1” already exists.</source>
        <translation>Ein Profil namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (copy %2)</source>
        <translation>%1 (Kopie %2)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The key stored for “%1” cannot be used: %2</source>
        <translation>Der für „%1“ gespeicherte Schlüssel kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+83"/>
        <source>There is no profile named “%1”.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
</context>
<context>
    <name>zc::ProfileStore</name>
    <message>
        <location filename="../models/profiles/ProfileStore.cpp" line="+207"/>
        <source>The profile settings could not be written to %1; nothing was changed.</source>
        <translation>Die Profileinstellungen konnten nicht in %1 geschrieben werden; nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+15"/>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil namens &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>Ein Profil namens &quot;%1&quot; existiert bereits.</translation>
    </message>
</context>
<context>
    <name>zc::ProfileTransaction</name>
    <message>
        <location filename="../models/profiles/ProfileTransaction.cpp" line="+141"/>
        <source>The keychain entry of “%1” could not be put back as it was: %2</source>
        <translation>Der Schlüsselbundeintrag von „%1“ konnte nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>An old keychain entry of “%1” could not be removed: %2</source>
        <translation>Ein alter Schlüsselbundeintrag von „%1“ konnte nicht entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>zc::ProxyEnvironment</name>
    <message>
        <location filename="../models/net/ProxyEnvironment.cpp" line="+49"/>
        <source>%1 names a %2:// proxy; ZConsole uses http:// proxies only (requests to https:// servers stay encrypted through them).</source>
        <translation>%1 nennt einen %2://-Proxy; ZConsole verwendet nur http://-Proxys (Anfragen an https://-Server bleiben durch sie hindurch verschlüsselt).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a proxy URL ZConsole can use: write it as http://[user:password@]host[:port], with &quot;@&quot; and &quot;:&quot; in the user or password written as %40 and %3A.</source>
        <translation>%1 ist keine Proxy-URL, die ZConsole verwenden kann: Schreiben Sie sie als http://[user:password@]host[:port], wobei „@“ und „:“ in Benutzer oder Passwort als %40 und %3A geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>zc::ProxySettings</name>
    <message>
        <location filename="../models/net/ProxySettings.cpp" line="+20"/>
        <source>The proxy host is missing.</source>
        <translation>Der Proxy-Host fehlt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy port must be a number from 1 to 65535.</source>
        <translation>Der Proxy-Port muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
</context>
<context>
    <name>zc::ProxySettingsBox</name>
    <message>
        <location filename="../ui/dialogs/ProxySettingsBox.cpp" line="+20"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The system&apos;s proxy settings</source>
        <translation>Proxy-Einstellungen des Systems</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No proxy</source>
        <translation>Kein Proxy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manual HTTP proxy</source>
        <translation>Manueller HTTP-Proxy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. proxy.example.com</source>
        <translation>z. B. proxy.example.com</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Empty: the proxy asks for no password</source>
        <translation>Leer: Der Proxy verlangt kein Passwort</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy &amp;host:</source>
        <translation>Proxy-&amp;Host:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy p&amp;ort:</source>
        <translation>Proxy-P&amp;ort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pro&amp;xy user:</source>
        <translation>Pro&amp;xy-Benutzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy pass&amp;word:</source>
        <translation>Proxy-Pass&amp;wort:</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>●●●●●●●● Stored in the keychain (empty: keep it)</source>
        <translation>●●●●●●●● Im Schlüsselbund gespeichert (leer: beibehalten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept in the keychain, never in a settings file</source>
        <translation>Im Schlüsselbund aufbewahrt, nie in einer Einstellungsdatei</translation>
    </message>
</context>
<context>
    <name>zc::RecordColumn</name>
    <message>
        <location filename="../models/common/RecordTableModel.cpp" line="+26"/>
        <location filename="../models/zdx/DeepTraceModel.cpp" line="+69"/>
        <location filename="../models/zpa/AppSegmentModel.cpp" line="+43"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../models/zdx/DeepTraceModel.cpp" line="+1"/>
        <location filename="../models/zpa/AppSegmentModel.cpp" line="+1"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../models/zcc/DeviceModel.cpp" line="+66"/>
        <source>Hostname</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../models/zdx/DeepTraceModel.cpp" line="+48"/>
        <location filename="../models/zdx/DeviceSearchModel.cpp" line="-7"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OS</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Client Connector version</source>
        <translation>Client Connector-Version</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>UDID</source>
        <translation>UDID</translation>
    </message>
    <message>
        <location filename="../models/zdx/CloudPathModel.cpp" line="-104"/>
        <source>Leg</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Hop</source>
        <translation>Hop</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gateway vendor</source>
        <translation>Gateway-Anbieter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min (ms)</source>
        <translation>Min. (ms)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avg (ms)</source>
        <translation>Ø (ms)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max (ms)</source>
        <translation>Max. (ms)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added (ms)</source>
        <translation>Hinzugefügt (ms)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss (%)</source>
        <translation>Verlust (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <location filename="../models/zdx/DeepTraceModel.cpp" line="-33"/>
        <location filename="../models/zdx/DeviceSearchModel.cpp" line="+10"/>
        <location filename="../models/zdx/ZdxDeviceModel.cpp" line="+13"/>
        <location line="+11"/>
        <location filename="../models/zid/ZidListModels.cpp" line="+132"/>
        <location filename="../models/zpa/MicrotenantModel.cpp" line="-20"/>
        <location filename="../ui/pages/zpa/ServerGroupTable.cpp" line="+33"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../models/zid/ZidListModels.cpp" line="-41"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../models/zdx/ZdxDeviceModel.cpp" line="-6"/>
        <location line="+13"/>
        <location filename="../models/zid/ZidListModels.cpp" line="+37"/>
        <location filename="../models/zpa/AppSegmentModel.cpp" line="+13"/>
        <location filename="../models/zpa/MicrotenantModel.cpp" line="+1"/>
        <location filename="../ui/pages/zid/UserGroupsPanel.cpp" line="+28"/>
        <location filename="../ui/pages/zpa/ServerGroupTable.cpp" line="-8"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Device probing</source>
        <translation>Geräteprüfung</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../models/zdx/DeviceSearchModel.cpp" line="+6"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../models/zdx/DeviceSearchModel.cpp" line="+1"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../models/zdx/EventsModel.cpp" line="+14"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location filename="../app/cli/ZdxCommands.cpp" line="+200"/>
        <location filename="../models/zdx/EventsModel.cpp" line="+5"/>
        <location filename="../models/zdx/WebProbeModel.cpp" line="+54"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../models/zdx/EventsModel.cpp" line="+1"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location filename="../models/zdx/TopProcessesModel.cpp" line="+14"/>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU (%)</source>
        <translation>CPU (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory (MB)</source>
        <translation>Arbeitsspeicher (MB)</translation>
    </message>
    <message>
        <location filename="../models/zdx/WebProbeModel.cpp" line="+1"/>
        <source>DNS (ms)</source>
        <translation>DNS (ms)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TCP connect (ms)</source>
        <translation>TCP-Verbindung (ms)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS handshake (ms)</source>
        <translation>TLS-Handshake (ms)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server response (ms)</source>
        <translation>Server-Antwort (ms)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download (ms)</source>
        <translation>Download (ms)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page fetch (ms)</source>
        <translation>Seitenabruf (ms)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Availability (%)</source>
        <translation>Verfügbarkeit (%)</translation>
    </message>
    <message>
        <location filename="../models/zdx/ZdxDeviceModel.cpp" line="-15"/>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../models/zia/UrlLookupResultModel.cpp" line="+34"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security alerts</source>
        <translation>Sicherheitswarnungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <location filename="../models/zid/ZidListModels.cpp" line="-25"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <location filename="../ui/pages/zid/UserGroupsPanel.cpp" line="+1"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Identity provider</source>
        <translation>Identitätsanbieter</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../models/zpa/MicrotenantModel.cpp" line="+4"/>
        <location filename="../ui/pages/zid/UserGroupsPanel.cpp" line="+2"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../models/zpa/AppSegmentModel.cpp" line="+4"/>
        <source>Domains</source>
        <translation>Domains</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TCP ports</source>
        <translation>TCP-Ports</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>UDP ports</source>
        <translation>UDP-Ports</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../models/zpa/MicrotenantModel.cpp" line="-1"/>
        <location filename="../ui/pages/zpa/ServerGroupTable.cpp" line="+5"/>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Segment group</source>
        <translation>Segmentgruppe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server groups</source>
        <translation>Servergruppen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Microtenant</source>
        <translation>Microtenant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../ui/pages/zpa/ServerGroupTable.cpp" line="+2"/>
        <source>Dynamic discovery</source>
        <translation>Dynamische Erkennung</translation>
    </message>
</context>
<context>
    <name>zc::RecordTableLayout</name>
    <message>
        <location filename="../ui/widgets/RecordTableLayout.cpp" line="+45"/>
        <source>Click to sort; right-click to choose the columns.</source>
        <translation>Klicken zum Sortieren; Rechtsklick zur Auswahl der Spalten.</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Reset Columns</source>
        <translation>Spalten &amp;zurücksetzen</translation>
    </message>
</context>
<context>
    <name>zc::RecordTableView</name>
    <message>
        <location filename="../ui/widgets/RecordTableExport.cpp" line="+55"/>
        <source>Export Visible Rows</source>
        <translation>Sichtbare Zeilen exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>CSV-Dateien (*.csv);;JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/RecordTableView.cpp" line="+66"/>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing loaded yet. Press F5 to load.</source>
        <translation>Noch nichts geladen. Drücken Sie F5 zum Laden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No rows match “%1”. Clear the filter.</source>
        <translation>Keine Zeilen entsprechen „%1“. Löschen Sie den Filter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter (%1)</source>
        <translation>Filter (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows the rows that contain every word typed here.</source>
        <translation>Zeigt die Zeilen, die jedes hier eingegebene Wort enthalten.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy with &amp;headers</source>
        <translation>Mit &amp;Spaltenüberschriften kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy raw &amp;JSON</source>
        <translation>Rohes &amp;JSON kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export visible rows…</source>
        <translation>Sichtbare Zeilen &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clear filter</source>
        <translation>Filter löschen</translation>
    </message>
    <message numerus="yes">
        <location line="+187"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %Ln row(s)</source>
        <translation>
            <numerusform>%1 von %Ln Zeile</numerusform>
            <numerusform>%1 von %Ln Zeilen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zc::SecretStore</name>
    <message>
        <location filename="../models/profiles/SecretStore.cpp" line="+117"/>
        <source>No system keychain is available. ZConsole keeps secrets only in %1: make sure it is running and try again.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar. ZConsole speichert Secrets nur in %1: Stellen Sie sicher, dass er läuft, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The system keychain is locked or refused access. Unlock it and try again.</source>
        <translation>Der Schlüsselbund des Systems ist gesperrt oder hat den Zugriff verweigert. Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No secret is stored in the system keychain for this profile.</source>
        <translation>Für dieses Profil ist kein Secret im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No secret is stored in the system keychain for profile &quot;%1&quot;.</source>
        <translation>Für das Profil &quot;%1&quot; ist kein Secret im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keychain reported an error.</source>
        <translation>Der Schlüsselbund des Systems hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>no answer within %1 s; the keychain may be locked and waiting for a password prompt</source>
        <translation>keine Antwort innerhalb von %1 s; der Schlüsselbund ist möglicherweise gesperrt und wartet auf eine Passwortabfrage</translation>
    </message>
</context>
<context>
    <name>zc::ServerGroupTable</name>
    <message>
        <location filename="../ui/pages/zpa/ServerGroupTable.cpp" line="+9"/>
        <location line="+14"/>
        <location line="+18"/>
        <source>Server groups</source>
        <translation>Servergruppen</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>This segment has no server group: no connector can reach it.</source>
        <translation>Dieses Segment hat keine Servergruppe: Kein Connector kann es erreichen.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Server groups (%1)</source>
        <translation>Servergruppen (%1)</translation>
    </message>
</context>
<context>
    <name>zc::Session</name>
    <message>
        <location filename="../ui/Session.cpp" line="+89"/>
        <source>This build of ZConsole has no demo tenant.</source>
        <translation>Dieser Build von ZConsole enthält keinen Demo-Mandanten.</translation>
    </message>
</context>
<context>
    <name>zc::SettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="+27"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The new language is used the next time ZConsole starts.</source>
        <translation>Die neue Sprache wird beim nächsten Start von ZConsole verwendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>zc::Snapshot</name>
    <message>
        <location filename="../models/snapshot/Snapshot.cpp" line="+43"/>
        <source>Application segments</source>
        <translation>Application Segments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment groups</source>
        <translation>Segmentgruppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server groups</source>
        <translation>Servergruppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connector groups</source>
        <translation>Connector-Gruppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Activation status</source>
        <translation>Aktivierungsstatus</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not entitled</source>
        <translation>nicht berechtigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not configured</source>
        <translation>nicht konfiguriert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>unnamed tenant</source>
        <translation>unbenannter Mandant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>zc::SnapshotDiff</name>
    <message>
        <location filename="../models/snapshot/SnapshotDiff.cpp" line="+33"/>
        <source>not in the snapshot</source>
        <translation>nicht im Snapshot</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>old: %1; new: %2</source>
        <translation>alt: %1; neu: %2</translation>
    </message>
</context>
<context>
    <name>zc::SnapshotDiffExport</name>
    <message>
        <location filename="../models/snapshot/SnapshotDiffExport.cpp" line="+50"/>
        <source>%1, taken %2</source>
        <translation>%1, aufgenommen %2</translation>
    </message>
    <message>
        <location line="+111"/>
        <location line="+5"/>
        <source>Snapshot comparison</source>
        <translation>Snapshot-Vergleich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old: %1</source>
        <translation>Alt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New: %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>No differences.</source>
        <translation>Keine Unterschiede.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>%1 added, %2 removed, %3 changed.</source>
        <translation>%1 hinzugefügt, %2 entfernt, %3 geändert.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old value</source>
        <translation>Alter Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New value</source>
        <translation>Neuer Wert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>zc::SnapshotDiffModel</name>
    <message>
        <location filename="../models/snapshot/SnapshotDiffModel.cpp" line="+101"/>
        <source>No differences</source>
        <translation>Keine Unterschiede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 added, %2 removed, %3 changed</source>
        <translation>%1 hinzugefügt, %2 entfernt, %3 geändert</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Collection, record or field</source>
        <translation>Sammlung, Datensatz oder Feld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Old value</source>
        <translation>Alter Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New value</source>
        <translation>Neuer Wert</translation>
    </message>
</context>
<context>
    <name>zc::SnapshotDiffView</name>
    <message>
        <location filename="../ui/pages/snapshots/SnapshotDiffView.cpp" line="+41"/>
        <source>E&amp;xport differences…</source>
        <translation>Unterschiede e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kind of change</source>
        <translation>Art der Änderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All changes</source>
        <translation>Alle Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Collection</source>
        <translation>Sammlung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter the differences</source>
        <translation>Unterschiede filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by ID, name, field or value</source>
        <translation>Nach ID, Name, Feld oder Wert filtern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the differences as JSON, CSV or an HTML report</source>
        <translation>Unterschiede als JSON, CSV oder HTML-Bericht speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No differences between %1 and %2.</source>
        <translation>Keine Unterschiede zwischen %1 und %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From %1 to %2: %3 added, %4 removed, %5 changed.</source>
        <translation>Von %1 zu %2: %3 hinzugefügt, %4 entfernt, %5 geändert.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Select two snapshots and Compare, or one and Compare with live.</source>
        <translation>Wählen Sie zwei Snapshots und „Vergleichen“ oder einen und „Mit Live vergleichen“.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>All collections</source>
        <translation>Alle Sammlungen</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+6"/>
        <source>Export differences</source>
        <translation>Unterschiede exportieren</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>HTML report (*.html);;CSV (*.csv);;JSON (*.json)</source>
        <translation>HTML-Bericht (*.html);;CSV (*.csv);;JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>zc::SnapshotFile</name>
    <message>
        <location filename="../models/snapshot/SnapshotFile.cpp" line="+62"/>
        <source>Not in this snapshot (format 1 files do not say why).</source>
        <translation>Nicht in diesem Snapshot (Dateien im Format 1 geben keinen Grund an).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a list.</source>
        <translation>&quot;%1&quot; ist keine Liste.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a collection has no key.</source>
        <translation>eine Sammlung hat keinen Schlüssel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>collection &quot;%1&quot; names no known product.</source>
        <translation>Sammlung &quot;%1&quot; nennt kein bekanntes Produkt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>collection &quot;%1&quot; has an unknown state.</source>
        <translation>Sammlung &quot;%1&quot; hat einen unbekannten Zustand.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>collection &quot;%1&quot; has no records list.</source>
        <translation>Sammlung &quot;%1&quot; hat keine Datensatzliste.</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>collection &quot;%1&quot; holds a record that is not an object.</source>
        <translation>Sammlung &quot;%1&quot; enthält einen Datensatz, der kein Objekt ist.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>%1 is not a ZConsole snapshot: it is not a JSON object.</source>
        <translation>%1 ist kein ZConsole-Snapshot: Die Datei ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a ZConsole snapshot: it has no &quot;format&quot;: &quot;%2&quot;.</source>
        <translation>%1 ist kein ZConsole-Snapshot: Die Datei hat kein &quot;format&quot;: &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a damaged snapshot: its format version is missing or invalid.</source>
        <translation>%1 ist ein beschädigter Snapshot: Die Formatversion fehlt oder ist ungültig.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was written by a newer ZConsole (snapshot format %2); this version reads formats %3 to %4. Update ZConsole to read it.</source>
        <translation>%1 wurde von einer neueren ZConsole geschrieben (Snapshot-Format %2); diese Version liest die Formate %3 bis %4. Aktualisieren Sie ZConsole, um die Datei zu lesen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>its time is missing or invalid.</source>
        <translation>seine Zeitangabe fehlt oder ist ungültig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it has no tenant or no collections.</source>
        <translation>er hat keinen Mandanten oder keine Sammlungen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is a damaged snapshot: %2</source>
        <translation>%1 ist ein beschädigter Snapshot: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>zc::SnapshotStore</name>
    <message>
        <location filename="../models/snapshot/SnapshotStore.cpp" line="+88"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>zc::SnapshotsPage</name>
    <message>
        <location filename="../ui/pages/snapshots/SnapshotsPage.cpp" line="+44"/>
        <source>&amp;Take snapshot</source>
        <translation>Snapshot &amp;aufnehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare with &amp;live</source>
        <translation>Mit &amp;Live vergleichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the tenant&apos;s configuration now and keep it</source>
        <translation>Konfiguration des Mandanten jetzt lesen und aufbewahren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a snapshot file from elsewhere to the list</source>
        <translation>Eine Snapshot-Datei von anderswo zur Liste hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare the two selected snapshots, older against newer</source>
        <translation>Die beiden ausgewählten Snapshots vergleichen, älteren mit neuerem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare the selected snapshot with the tenant now</source>
        <translation>Ausgewählten Snapshot mit dem aktuellen Stand des Mandanten vergleichen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Snapshots</source>
        <translation>Snapshots</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (opened)</source>
        <translation>%1 (geöffnet)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Reading the tenant…</source>
        <translation>Mandant wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Reading %1 (%2 of %3, %Ln record(s))…</source>
        <translation>
            <numerusform>%1 wird gelesen (%2 von %3, %Ln Datensatz)…</numerusform>
            <numerusform>%1 wird gelesen (%2 von %3, %Ln Datensätze)…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading %1 (%2 of %3)…</source>
        <translation>%1 wird gelesen (%2 von %3)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Snapshot cancelled: nothing was kept.</source>
        <translation>Snapshot abgebrochen: Nichts wurde aufbewahrt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not in the snapshot: %1.</source>
        <translation>Nicht im Snapshot: %1.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Open snapshot</source>
        <translation>Snapshot öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Snapshots (*.json);;All files (*)</source>
        <translation>Snapshots (*.json);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>zc::StartTraceDialog</name>
    <message>
        <location filename="../ui/pages/zdx/StartTraceDialog.cpp" line="+42"/>
        <source>&amp;Probe the device (CPU, memory, disk, network)</source>
        <translation>Gerät &amp;prüfen (CPU, Arbeitsspeicher, Datenträger, Netzwerk)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start deep trace on %1</source>
        <translation>Deep Trace auf %1 starten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A deep trace records what happens on &lt;b&gt;%1&lt;/b&gt; for the chosen time. Only one deep trace can run on a device at a time.</source>
        <translation>Ein Deep Trace zeichnet für die gewählte Dauer auf, was auf &lt;b&gt;%1&lt;/b&gt; geschieht. Auf einem Gerät kann jeweils nur ein Deep Trace laufen.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Session &amp;name:</source>
        <translation>Sitzungs&amp;name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Length:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Application and probes (optional)</source>
        <translation>Anwendung und Probes (optional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ZDX offers no list of applications and probes to choose from: type their IDs as the ZDX portal shows them, or leave them empty. The probes must belong to the application.</source>
        <translation>ZDX bietet keine Liste von Anwendungen und Probes zur Auswahl: Geben Sie ihre IDs so ein, wie das ZDX-Portal sie anzeigt, oder lassen Sie die Felder leer. Die Probes müssen zur Anwendung gehören.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Application ID:</source>
        <translation>&amp;Anwendungs-ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Web probe ID:</source>
        <translation>&amp;Web-Probe-ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;CloudPath probe ID:</source>
        <translation>&amp;CloudPath-Probe-ID:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Start…</source>
        <translation>&amp;Starten…</translation>
    </message>
</context>
<context>
    <name>zc::TestConnectionDialog</name>
    <message numerus="yes">
        <location filename="../ui/dialogs/TestConnectionDialog.cpp" line="+34"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for an answer</source>
        <translation>Warten auf Antwort</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signing in and asking each product…</source>
        <translation>Anmeldung und Abfrage jedes Produkts…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Signed in. The access token lasts %1 (until %2).</source>
        <translation>Angemeldet. Das Zugriffstoken ist %1 gültig (bis %2).</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>✓ answers</source>
        <translation>✓ antwortet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✗ fails</source>
        <translation>✗ Fehler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reachable with this client.</source>
        <translation>Mit diesem Client erreichbar.</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>All %n product(s) answer.</source>
        <translation>
            <numerusform>%n Produkt antwortet.</numerusform>
            <numerusform>Alle %n Produkte antworten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No product answers.</source>
        <translation>Kein Produkt antwortet.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n product(s) answer.</source>
        <translation>
            <numerusform>%1 von %n Produkt antwortet.</numerusform>
            <numerusform>%1 von %n Produkten antworten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
</context>
<context>
    <name>zc::TimeSeriesChart</name>
    <message>
        <location filename="../ui/widgets/ChartPanel.cpp" line="+100"/>
        <source>%1 %2</source>
        <comment>value unit</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TimeSeriesChart.cpp" line="+30"/>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No samples yet.</source>
        <translation>Noch keine Messungen.</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+15"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+13"/>
        <source>%1 %2</source>
        <comment>layer value</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>%1 (%2)</source>
        <comment>total (parts)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../ui/widgets/TimeSeriesPainter.cpp" line="+162"/>
        <source>%1  %2</source>
        <comment>time reading</comment>
        <translation>%1  %2</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weitere</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: %2 to %3</source>
        <comment>title: min to max</comment>
        <translation>%1: %2 bis %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no data</source>
        <comment>title</comment>
        <translation>%1: keine Daten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, no data at %1</source>
        <translation>, keine Daten um %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 at %2</source>
        <comment>band label at times</comment>
        <translation>, %1 um %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, %1 at %2</source>
        <comment>highlight at time</comment>
        <translation>, %1 um %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TimeSeriesPainter.cpp" line="+234"/>
        <location line="+36"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
</context>
<context>
    <name>zc::TokenProvider</name>
    <message>
        <location filename="../models/auth/TokenProvider.cpp" line="+163"/>
        <source>No private key is set for this connection.</source>
        <translation>Für diese Verbindung ist kein privater Schlüssel festgelegt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The private key could not sign the client assertion.</source>
        <translation>Der private Schlüssel konnte die Client-Assertion nicht signieren.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No client secret is set for this connection.</source>
        <translation>Für diese Verbindung ist kein Client-Secret festgelegt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The token URL cannot be formed from the settings.</source>
        <translation>Die Token-URL kann aus den Einstellungen nicht gebildet werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refusing to send credentials over plain http to %1.</source>
        <translation>Anmeldedaten werden nicht über unverschlüsseltes http an %1 gesendet.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The token endpoint&apos;s answer has no usable access token.</source>
        <translation>Die Antwort des Token-Endpunkts enthält kein verwendbares Zugriffstoken.</translation>
    </message>
</context>
<context>
    <name>zc::TraceProgressDelegate</name>
    <message>
        <location filename="../ui/pages/zdx/TraceProgressDelegate.cpp" line="+42"/>
        <source>Waiting to start (%1)</source>
        <translation>Wartet auf Start (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>zc::TraceResultsPane</name>
    <message>
        <location filename="../ui/pages/zdx/TraceResultsPane.cpp" line="+35"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ZDX recorded no health metrics for this trace.</source>
        <translation>ZDX hat für diesen Trace keine Zustandsmetriken aufgezeichnet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ZDX recorded no processes for this trace.</source>
        <translation>ZDX hat für diesen Trace keine Prozesse aufgezeichnet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ZDX recorded no events for this trace.</source>
        <translation>ZDX hat für diesen Trace keine Ereignisse aufgezeichnet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health &amp;charts</source>
        <translation>Zustands&amp;diagramme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Health metrics</source>
        <translation>Zustands&amp;metriken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top &amp;processes</source>
        <translation>Top-&amp;Prozesse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Events</source>
        <translation>&amp;Ereignisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Web probe</source>
        <translation>&amp;Web-Probe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;loud path</source>
        <translation>C&amp;loud-Pfad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deep trace results</source>
        <translation>Deep-Trace-Ergebnisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health metrics</source>
        <translation>Zustandsmetriken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top processes</source>
        <translation>Top-Prozesse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export this result: a table as CSV or JSON, a chart also as PNG</source>
        <translation>Dieses Ergebnis exportieren: eine Tabelle als CSV oder JSON, ein Diagramm auch als PNG</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The results of a completed deep trace appear here.</source>
        <translation>Hier erscheinen die Ergebnisse eines abgeschlossenen Deep Trace.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a completed deep trace to see its results.</source>
        <translation>Wählen Sie einen abgeschlossenen Deep Trace aus, um seine Ergebnisse zu sehen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This deep trace ended as “%1”: ZDX has no complete results for it.</source>
        <translation>Dieser Deep Trace endete mit „%1“: ZDX hat keine vollständigen Ergebnisse dafür.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The results appear here when the deep trace has completed. It is “%1” now.</source>
        <translation>Die Ergebnisse erscheinen hier, sobald der Deep Trace abgeschlossen ist. Aktueller Status: „%1“.</translation>
    </message>
</context>
<context>
    <name>zc::Translations</name>
    <message>
        <location filename="../models/common/Translations.cpp" line="+79"/>
        <source>%1 %2</source>
        <comment>Two sentences one after the other; Japanese: %1%2</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>zc::UrlCategoryNames</name>
    <message>
        <location filename="../models/zia/UrlCategoryNames.cpp" line="+25"/>
        <source>Miscellaneous or Unknown</source>
        <translation>Miscellaneous or Unknown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>News and Media</source>
        <translation>News and Media</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social Networking</source>
        <translation>Social Networking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Webmail</source>
        <translation>Webmail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web Search</source>
        <translation>Web Search</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web Banking</source>
        <translation>Web Banking</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trading, Brokerage and Insurance</source>
        <translation>Trading, Brokerage and Insurance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finance</source>
        <translation>Finance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Streaming Media</source>
        <translation>Streaming Media</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online Shopping</source>
        <translation>Online Shopping</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online Chat</source>
        <translation>Online Chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internet Services</source>
        <translation>Internet Services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Professional Services</source>
        <translation>Professional Services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corporate Marketing</source>
        <translation>Corporate Marketing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computer Hardware</source>
        <translation>Computer Hardware</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference Sites</source>
        <translation>Reference Sites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other Education</source>
        <translation>Other Education</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hobbies and Leisure</source>
        <translation>Hobbies and Leisure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job Search</source>
        <translation>Job Search</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Real Estate</source>
        <translation>Real Estate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File Host</source>
        <translation>File Host</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blogs</source>
        <translation>Blogs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government</source>
        <translation>Government</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travel</source>
        <translation>Travel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sports</source>
        <translation>Sports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Music</source>
        <translation>Music</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vehicles</source>
        <translation>Vehicles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entertainment</source>
        <translation>Entertainment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P2P Communication</source>
        <translation>P2P Communication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web Conferencing</source>
        <translation>Web Conferencing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adult Themes</source>
        <translation>Adult Themes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gambling</source>
        <translation>Gambling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymizer</source>
        <translation>Anonymizer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User-Defined</source>
        <translation>User-Defined</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Malware Site</source>
        <translation>Malware Site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phishing</source>
        <translation>Phishing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Botnet Callback</source>
        <translation>Botnet Callback</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cryptomining</source>
        <translation>Cryptomining</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spyware or Adware</source>
        <translation>Spyware or Adware</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adware or Spyware</source>
        <translation>Adware or Spyware</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspicious Destinations</source>
        <translation>Suspicious Destinations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newly Registered Domains</source>
        <translation>Newly Registered Domains</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DGA Domains</source>
        <translation>DGA Domains</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cryptomining and Blockchain</source>
        <translation>Cryptomining and Blockchain</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Microsoft Office 365</source>
        <translation>Microsoft Office 365</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropbox</source>
        <translation>Dropbox</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Box</source>
        <translation>Box</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salesforce</source>
        <translation>Salesforce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google Drive</source>
        <translation>Google Drive</translation>
    </message>
</context>
<context>
    <name>zc::UrlCategorySummaryModel</name>
    <message>
        <location filename="../models/zia/UrlCategorySummaryModel.cpp" line="+66"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>URLs</source>
        <translation>URLs</translation>
    </message>
</context>
<context>
    <name>zc::UrlLineCheck</name>
    <message>
        <location filename="../ui/pages/zia/UrlLineCheck.cpp" line="+18"/>
        <source>Line %1: empty</source>
        <translation>Zeile %1: leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line %1: longer than 1,024 characters</source>
        <translation>Zeile %1: länger als 1.024 Zeichen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line %1: duplicate of line %2</source>
        <translation>Zeile %1: Duplikat von Zeile %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This line is empty: it is not sent.</source>
        <translation>Diese Zeile ist leer: Sie wird nicht gesendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This URL is longer than 1,024 characters: ZIA refuses it, so it is not sent.</source>
        <translation>Diese URL ist länger als 1.024 Zeichen: ZIA lehnt sie ab, daher wird sie nicht gesendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Same URL as line %1: it is looked up once.</source>
        <translation>Gleiche URL wie in Zeile %1: Sie wird nur einmal abgefragt.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No URLs to look up</source>
        <translation>Keine URLs zum Abfragen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln URL(s) to look up</source>
        <translation>
            <numerusform>%Ln URL zum Abfragen</numerusform>
            <numerusform>%Ln URLs zum Abfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln duplicate(s) skipped</source>
        <translation>
            <numerusform>%Ln Duplikat übersprungen</numerusform>
            <numerusform>%Ln Duplikate übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln invalid line(s) not sent</source>
        <translation>
            <numerusform>%Ln ungültige Zeile nicht gesendet</numerusform>
            <numerusform>%Ln ungültige Zeilen nicht gesendet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zc::UrlListFile</name>
    <message>
        <location filename="../ui/pages/zia/UrlListFile.cpp" line="+40"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>zc::UrlLookupInput</name>
    <message>
        <location filename="../models/zia/UrlLookupInput.cpp" line="+38"/>
        <source>The entry is empty.</source>
        <translation>Der Eintrag ist leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The URL is longer than %1 characters.</source>
        <translation>Die URL ist länger als %1 Zeichen.</translation>
    </message>
</context>
<context>
    <name>zc::UrlLookupPage</name>
    <message>
        <location filename="../ui/pages/zia/UrlLookupPage.cpp" line="+88"/>
        <source>Lookup finished: %1</source>
        <translation>Abfrage abgeschlossen: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lookup cancelled. The previous results are shown.</source>
        <translation>Abfrage abgebrochen. Die vorherigen Ergebnisse werden angezeigt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lookup cancelled.</source>
        <translation>Abfrage abgebrochen.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>URLs, one per line</source>
        <translation>URLs, eine pro Zeile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste URLs here, one per line, e.g.
bbc.com
https://www.example.com/path</source>
        <translation>URLs hier einfügen, eine pro Zeile, z. B.
bbc.com
https://www.example.com/path</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each line is checked as you type: empty lines and lines over 1,024 characters are not sent, duplicates are looked up once.</source>
        <translation>Jede Zeile wird während der Eingabe geprüft: Leere Zeilen und Zeilen über 1.024 Zeichen werden nicht gesendet, Duplikate werden nur einmal abgefragt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Problems in the URL list</source>
        <translation>Probleme in der URL-Liste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Click a line to show it in the editor.</source>
        <translation>Klicken Sie auf eine Zeile, um sie im Editor anzuzeigen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the URLs of a text file (one per line) or of a CSV file (first column).</source>
        <translation>URLs aus einer Textdatei (eine pro Zeile) oder aus einer CSV-Datei (erste Spalte) hinzufügen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Look up</source>
        <translation>&amp;Abfragen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Look up the URLs in ZIA (Ctrl+Enter)</source>
        <translation>URLs in ZIA abfragen (Strg+Eingabe)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Lookup results</source>
        <translation>Abfrageergebnisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste URLs on the left and press Look up (Ctrl+Enter).</source>
        <translation>Fügen Sie links URLs ein und klicken Sie auf „Abfragen“ (Strg+Eingabe).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No URLs match “%1”. Clear the filter.</source>
        <translation>Keine URLs entsprechen „%1“. Löschen Sie den Filter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking up…</source>
        <translation>Wird abgefragt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy &amp;URL</source>
        <translation>&amp;URL kopieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show in &amp;editor</source>
        <translation>Im &amp;Editor anzeigen</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+4"/>
        <location line="+30"/>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>How many URLs fall in each category. Double-click a category to show only its URLs.</source>
        <translation>Wie viele URLs in jede Kategorie fallen. Doppelklicken Sie auf eine Kategorie, um nur ihre URLs anzuzeigen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select a URL to see its categories and the raw answer.</source>
        <translation>Wählen Sie eine URL aus, um ihre Kategorien und die Rohantwort zu sehen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security alerts</source>
        <translation>Sicherheitswarnungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category codes</source>
        <translation>Kategoriecodes</translation>
    </message>
    <message numerus="yes">
        <location line="+108"/>
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… und %Ln weitere</numerusform>
            <numerusform>… und %Ln weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Looking up batch %1 of %2…</source>
        <translation>Block %1 von %2 wird abgefragt…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign in to look up URLs.</source>
        <translation>Melden Sie sich an, um URLs abzufragen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing to look up: paste URLs in the editor, one per line.</source>
        <translation>Nichts abzufragen: Fügen Sie URLs im Editor ein, eine pro Zeile.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to look up: every line has a problem (see the list under the editor).</source>
        <translation>Nichts abzufragen: Jede Zeile hat ein Problem (siehe Liste unter dem Editor).</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Looking up %Ln URL(s)…</source>
        <translation>
            <numerusform>%Ln URL wird abgefragt…</numerusform>
            <numerusform>%Ln URLs werden abgefragt…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+6"/>
        <source>Import URLs</source>
        <translation>URLs importieren</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Text and CSV files (*.txt *.csv *.lst);;All files (*)</source>
        <translation>Text- und CSV-Dateien (*.txt *.csv *.lst);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Counts per category appear here after a lookup.</source>
        <translation>Die Anzahl pro Kategorie erscheint hier nach einer Abfrage.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln URL(s)</source>
        <translation>
            <numerusform>%Ln URL</numerusform>
            <numerusform>%Ln URLs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln category(ies)</source>
        <translation>
            <numerusform>%Ln Kategorie</numerusform>
            <numerusform>%Ln Kategorien</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no security alerts</source>
        <translation>keine Sicherheitswarnungen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln with security alert(s)</source>
        <translation>
            <numerusform>%Ln mit Sicherheitswarnung</numerusform>
            <numerusform>%Ln mit Sicherheitswarnungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zc::UserGroupsPanel</name>
    <message>
        <location filename="../ui/pages/zid/UserGroupsPanel.cpp" line="+9"/>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find &amp;groups</source>
        <translation>&amp;Gruppen ermitteln</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reads every group&apos;s member list: one request per group</source>
        <translation>Liest die Mitgliederliste jeder Gruppe: eine Anfrage pro Gruppe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Groups of the user</source>
        <translation>Gruppen des Benutzers</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+7"/>
        <source>Reading the list of groups…</source>
        <translation>Liste der Gruppen wird gelesen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the members of group %1 of %2…</source>
        <translation>Mitglieder von Gruppe %1 von %2 werden gelesen…</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>Not a member of any of the tenant&apos;s %Ln group(s).</source>
        <translation>
            <numerusform>Kein Mitglied der %Ln Gruppe des Mandanten.</numerusform>
            <numerusform>Mitglied keiner der %Ln Gruppen des Mandanten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Member of %Ln group(s).</source>
        <translation>
            <numerusform>Mitglied von %Ln Gruppe.</numerusform>
            <numerusform>Mitglied von %Ln Gruppen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ZIdentity has no list of a user&apos;s groups, so ZConsole reads every group&apos;s members once.</source>
        <translation>ZIdentity bietet keine Liste der Gruppen eines Benutzers, daher liest ZConsole einmal die Mitglieder jeder Gruppe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the group members was cancelled. Press Find groups to read them.</source>
        <translation>Das Lesen der Gruppenmitglieder wurde abgebrochen. Klicken Sie auf „Gruppen ermitteln“, um sie zu lesen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The groups could not be read: %1</source>
        <translation>Die Gruppen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Find groups to read every group&apos;s members (one request per group).</source>
        <translation>Klicken Sie auf „Gruppen ermitteln“, um die Mitglieder jeder Gruppe zu lesen (eine Anfrage pro Gruppe).</translation>
    </message>
</context>
<context>
    <name>zc::UserModel</name>
    <message>
        <location filename="../models/zid/ZidListModels.cpp" line="-34"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
</context>
<context>
    <name>zc::UsersPage</name>
    <message>
        <location filename="../ui/pages/zid/UsersPage.cpp" line="+43"/>
        <source>Load &amp;more</source>
        <translation>&amp;Mehr laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load a&amp;ll</source>
        <translation>A&amp;lle laden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Match the search against</source>
        <translation>Suchen in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login contains</source>
        <translation>Login enthält</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name contains</source>
        <translation>Name enthält</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail contains</source>
        <translation>E-Mail enthält</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login is exactly</source>
        <translation>Login ist genau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the search text is matched against (by ZIdentity)</source>
        <translation>Womit der Suchtext (von ZIdentity) verglichen wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search users, e.g. jane or @example.com</source>
        <translation>Benutzer suchen, z. B. jane oder @example.com</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load the next page of users</source>
        <translation>Nächste Seite der Benutzer laden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load every user that matches, 1,000 per request</source>
        <translation>Alle passenden Benutzer laden, 1.000 pro Anfrage</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Loading users…</source>
        <translation>Benutzer werden geladen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No loaded user matches “%1”. Press Esc to clear the filter, or search the whole tenant above.</source>
        <translation>Kein geladener Benutzer entspricht „%1“. Drücken Sie Esc, um den Filter zu löschen, oder durchsuchen Sie oben den gesamten Mandanten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a user to see their details and groups.</source>
        <translation>Wählen Sie einen Benutzer aus, um seine Details und Gruppen zu sehen.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity provider</source>
        <translation>Identitätsanbieter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+140"/>
        <source>Sign in to a tenant to see its users.</source>
        <translation>Melden Sie sich bei einem Mandanten an, um seine Benutzer zu sehen.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Loading was cancelled. The table still shows the users loaded before.</source>
        <translation>Das Laden wurde abgebrochen. Die Tabelle zeigt weiterhin die zuvor geladenen Benutzer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading was cancelled. Press F5 to load users.</source>
        <translation>Das Laden wurde abgebrochen. Drücken Sie F5, um die Benutzer zu laden.</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%1 of %Ln user(s) loaded</source>
        <translation>
            <numerusform>%1 von %Ln Benutzer geladen</numerusform>
            <numerusform>%1 von %Ln Benutzern geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln Benutzer</numerusform>
            <numerusform>%Ln Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing loaded yet. Press F5 to load the users.</source>
        <translation>Noch nichts geladen. Drücken Sie F5, um die Benutzer zu laden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No user has the login “%1”.</source>
        <translation>Kein Benutzer hat das Login „%1“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No user&apos;s login contains “%1”.</source>
        <translation>Kein Benutzer-Login enthält „%1“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No user&apos;s name contains “%1”.</source>
        <translation>Der Name keines Benutzers enthält „%1“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No user&apos;s e-mail contains “%1”.</source>
        <translation>Keine Benutzer-E-Mail-Adresse enthält „%1“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the spelling, or search by another field.</source>
        <translation>Prüfen Sie die Schreibweise oder suchen Sie nach einem anderen Feld.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This tenant has no users yet.</source>
        <translation>Dieser Mandant hat noch keine Benutzer.</translation>
    </message>
</context>
<context>
    <name>zc::WebProbeModel</name>
    <message>
        <location filename="../models/zdx/WebProbeModel.cpp" line="+18"/>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TCP connect</source>
        <translation>TCP-Verbindung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS handshake</source>
        <translation>TLS-Handshake</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server response</source>
        <translation>Server-Antwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download</source>
        <translation>Download</translation>
    </message>
</context>
<context>
    <name>zc::WebProbeView</name>
    <message>
        <location filename="../ui/pages/zdx/WebProbeView.cpp" line="+24"/>
        <source>Web probe page fetch times</source>
        <translation>Seitenladezeiten der Web-Probe</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>This deep trace ran no web probe, or it has no samples yet.</source>
        <translation>Dieser Deep Trace hat keine Web-Probe ausgeführt oder noch keine Messungen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Page fetch time</source>
        <translation>Seitenladezeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Slowest</source>
        <translation>Am langsamsten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The web probe</source>
        <translation>Die Web-Probe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This deep trace ran no web probe.</source>
        <translation>Dieser Deep Trace hat keine Web-Probe ausgeführt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no page-fetch samples yet.</source>
        <translation>%1 hat noch keine Seitenlade-Messungen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the slowest page fetch took %2 ms at %3; its longest part was %4 (%5 ms).</source>
        <translation>%1: Der langsamste Seitenabruf dauerte %2 ms um %3; sein längster Teil war %4 (%5 ms).</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The site did not answer in %n sample(s).</source>
        <translation>
            <numerusform>Die Website hat in %n Messung nicht geantwortet.</numerusform>
            <numerusform>Die Website hat in %n Messungen nicht geantwortet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zc::ZccService</name>
    <message>
        <location filename="../models/zcc/ZccDeviceQuery.cpp" line="+58"/>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unregistered</source>
        <translation>Nicht registriert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removal Pending</source>
        <translation>Entfernung ausstehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarantined</source>
        <translation>Unter Quarantäne</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Unknown (%1)</source>
        <translation>Unbekannt (%1)</translation>
    </message>
</context>
<context>
    <name>zc::ZiaService</name>
    <message>
        <location filename="../models/zia/UrlLookupJob.cpp" line="+56"/>
        <source>ZIA&apos;s answer has no result for %1.</source>
        <translation>Die Antwort von ZIA enthält kein Ergebnis für %1.</translation>
    </message>
</context>
<context>
    <name>zc::ZpaFormat</name>
    <message>
        <location filename="../models/zpa/ZpaFormat.cpp" line="+186"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
</context>
<context>
    <name>zc::ZpaService</name>
    <message>
        <location filename="../models/zpa/ZpaService.cpp" line="+31"/>
        <source>ZPA needs the customer ID (the ZPA tenant ID) in the connection settings; find it in the ZIdentity or ZPA Admin Portal, or set ZPA_CUSTOMER_ID.</source>
        <translation>ZPA benötigt die Kunden-ID (die ZPA-Mandanten-ID) in den Verbindungseinstellungen; Sie finden sie im ZIdentity- oder ZPA-Admin-Portal, oder setzen Sie ZPA_CUSTOMER_ID.</translation>
    </message>
</context>
<context>
    <name>zc::cli::ApiCommands</name>
    <message numerus="yes">
        <location filename="../app/cli/ApiCommands.cpp" line="+40"/>
        <source>%Ln page(s) fetched.</source>
        <translation>
            <numerusform>%Ln Seite abgerufen.</numerusform>
            <numerusform>%Ln Seiten abgerufen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Request ID: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sends any OneAPI request with the console&apos;s sign-in, rate limits, retries and read-only handling. PATH starts with a product&apos;s base path (/zia/api/v1, /zpa/mgmtconfig/v1, /zpa/mgmtconfig/v2, /zpa/userconfig/v1, /ztw/api/v1, /zcc/papi/public/v1, /zdx/v1, /ziam/admin/api/v1); {customerId} and {microtenantId} are filled in from the connection settings. The answer&apos;s JSON goes to stdout (--format table or csv for an array of objects). Writes are sent once.</source>
        <translation>Sendet eine beliebige OneAPI-Anfrage mit der Anmeldung, den Ratenlimits, den Wiederholungen und der Schreibschutz-Behandlung der Konsole. PATH beginnt mit dem Basispfad eines Produkts (/zia/api/v1, /zpa/mgmtconfig/v1, /zpa/mgmtconfig/v2, /zpa/userconfig/v1, /ztw/api/v1, /zcc/papi/public/v1, /zdx/v1, /ziam/admin/api/v1); {customerId} und {microtenantId} werden aus den Verbindungseinstellungen ausgefüllt. Das JSON der Antwort geht an stdout (--format table oder csv für ein Array von Objekten). Schreibende Anfragen werden einmal gesendet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>GET, POST, PUT, PATCH or DELETE.</source>
        <translation>GET, POST, PUT, PATCH oder DELETE.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The full path, e.g. /zia/api/v1/status.</source>
        <translation>Der vollständige Pfad, z. B. /zia/api/v1/status.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adds the query item KEY=VALUE (repeatable).</source>
        <translation>Fügt den Query-Parameter KEY=VALUE hinzu (wiederholbar).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The JSON body: the text itself, @FILE to read a file, or - for standard input.</source>
        <translation>Der JSON-Body: der Text selbst, @FILE zum Lesen einer Datei oder - für die Standardeingabe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fetches every page in the product&apos;s paging style and prints one array of every record.</source>
        <translation>Ruft alle Seiten im Paging-Verfahren des Produkts ab und gibt ein Array mit allen Datensätzen aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prints the status, the headers and the request ID on stderr.</source>
        <translation>Gibt Status, Header und Anfrage-ID auf stderr aus.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give a METHOD and a PATH.</source>
        <translation>Geben Sie METHOD und PATH an.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A query item is KEY=VALUE, not &quot;%1&quot;.</source>
        <translation>Ein Query-Parameter hat die Form KEY=VALUE, nicht &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>Page %1 (%Ln record(s)).</source>
        <translation>
            <numerusform>Seite %1 (%Ln Datensatz).</numerusform>
            <numerusform>Seite %1 (%Ln Datensätze).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zc::cli::AuthCommands</name>
    <message>
        <location filename="../app/cli/AuthCommands.cpp" line="+64"/>
        <source>Signed in. The token is valid for %1 s (until %2).</source>
        <translation>Angemeldet. Das Token ist %1 s gültig (bis %2).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Signed in; asking each product...</source>
        <translation>Angemeldet; jedes Produkt wird abgefragt...</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Sign-in commands.</source>
        <translation>Anmeldebefehle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>test: sign in and show which products answer.</source>
        <translation>test: anmelden und anzeigen, welche Produkte antworten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signs in at ZIdentity and shows the token lifetime and which products answer for this API client. The token is never shown.</source>
        <translation>Meldet sich bei ZIdentity an und zeigt die Lebensdauer des Tokens sowie die Produkte, die für diesen API-Client antworten. Das Token wird nie angezeigt.</translation>
    </message>
</context>
<context>
    <name>zc::cli::CliContext</name>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="+34"/>
        <source>attempt %1</source>
        <translation>Versuch %1</translation>
    </message>
    <message numerus="yes">
        <location line="+99"/>
        <source>Page %1 of %2 (%Ln record(s)).</source>
        <translation>
            <numerusform>Seite %1 von %2 (%Ln Datensatz).</numerusform>
            <numerusform>Seite %1 von %2 (%Ln Datensätze).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Page %1 (%Ln record(s)).</source>
        <translation>
            <numerusform>Seite %1 (%Ln Datensatz).</numerusform>
            <numerusform>Seite %1 (%Ln Datensätze).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nothing was activated: %1</source>
        <translation>Nichts wurde aktiviert: %1</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>There is no profile named &quot;%1&quot; (none are stored).</source>
        <translation>Es gibt kein Profil namens &quot;%1&quot; (es sind keine gespeichert).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no profile named &quot;%1&quot;. Stored profiles: %2.</source>
        <translation>Es gibt kein Profil namens &quot;%1&quot;. Gespeicherte Profile: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Profile &quot;%1&quot;: %2</source>
        <translation>Profil &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Signing in without a proxy.</source>
        <translation>Anmeldung ohne Proxy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing in through the proxy %1.</source>
        <translation>Anmeldung über den Proxy %1.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Interrupted: the requests under way were cancelled.</source>
        <translation>Unterbrochen: Die laufenden Anfragen wurden abgebrochen.</translation>
    </message>
</context>
<context>
    <name>zc::cli::CliOptions</name>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="+44"/>
        <source>ZSCALER_PRIVATE_KEY must be the path of a PEM private key file, or the PEM text itself starting with &quot;-----BEGIN&quot;.</source>
        <translation>ZSCALER_PRIVATE_KEY muss der Pfad einer PEM-Datei mit dem privaten Schlüssel sein oder der PEM-Text selbst, beginnend mit &quot;-----BEGIN&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It names a file that cannot be used: %1</source>
        <translation>Der Wert nennt eine Datei, die nicht verwendet werden kann: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It holds text in quotes, which is not a readable file and not PEM text: remove the quotes.</source>
        <translation>Der Wert enthält Text in Anführungszeichen, der weder eine lesbare Datei noch PEM-Text ist: Entfernen Sie die Anführungszeichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It holds JSON (a JWK?), which is not a readable file and not PEM text: convert the key to PEM.</source>
        <translation>Der Wert enthält JSON (ein JWK?), das weder eine lesbare Datei noch PEM-Text ist: Konvertieren Sie den Schlüssel in PEM.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It holds what looks like base64 text, which is not a readable file and not PEM text: decode it to PEM first.</source>
        <translation>Der Wert enthält anscheinend Base64-Text, der weder eine lesbare Datei noch PEM-Text ist: Dekodieren Sie ihn zuerst in PEM.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It holds something that is not a readable file and not PEM text.</source>
        <translation>Der Wert ist weder eine lesbare Datei noch PEM-Text.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Use the stored profile NAME instead of the environment.</source>
        <translation>Das gespeicherte Profil NAME statt der Umgebung verwenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Output format: json, csv or table (default: table on a terminal, else json).</source>
        <translation>Ausgabeformat: json, csv oder table (Standard: table auf einem Terminal, sonst json).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also trust the PEM certificates in FILE.</source>
        <translation>Zusätzlich den PEM-Zertifikaten in FILE vertrauen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send requests through the proxy URL (http://[user:password@]host[:port]); &quot;none&quot;: no proxy; &quot;system&quot;: the system&apos;s settings. Default: the profile&apos;s proxy, else HTTPS_PROXY, HTTP_PROXY, ALL_PROXY and NO_PROXY, else the system&apos;s.</source>
        <translation>Anfragen über die Proxy-URL senden (http://[user:password@]host[:port]); &quot;none&quot;: kein Proxy; &quot;system&quot;: die Einstellungen des Systems. Standard: der Proxy des Profils, sonst HTTPS_PROXY, HTTP_PROXY, ALL_PROXY und NO_PROXY, sonst die des Systems.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print every request and wait on stderr.</source>
        <translation>Jede Anfrage und Wartezeit auf stderr ausgeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop a list that goes on for more than N pages (default: 10000, ZCC 50).</source>
        <translation>Eine Auflistung anhalten, die mehr als N Seiten umfasst (Standard: 10000, ZCC 50).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop a list that goes on for more than N records (default: 2000000).</source>
        <translation>Eine Auflistung anhalten, die mehr als N Datensätze umfasst (Standard: 2000000).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>--%1 needs a positive number.</source>
        <translation>--%1 benötigt eine positive Zahl.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown output format &quot;%1&quot;: use json, csv or table.</source>
        <translation>Unbekanntes Ausgabeformat &quot;%1&quot;: Verwenden Sie json, csv oder table.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Set ZSCALER_PRIVATE_KEY_PASSPHRASE to the key&apos;s passphrase.</source>
        <translation>Setzen Sie ZSCALER_PRIVATE_KEY_PASSPHRASE auf die Passphrase des Schlüssels.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; takes no arguments.</source>
        <translation>&quot;%1&quot; nimmt keine Argumente an.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>ZSCALER_CLOUD is &quot;%1&quot;; use production, beta, gov, govus or custom.</source>
        <translation>ZSCALER_CLOUD ist &quot;%1&quot;; verwenden Sie production, beta, gov, govus oder custom.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is not a valid URL.</source>
        <translation>%1 ist keine gültige URL.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No credentials: set ZSCALER_CLIENT_SECRET, or ZSCALER_PRIVATE_KEY to a PEM key file.</source>
        <translation>Keine Anmeldedaten: Setzen Sie ZSCALER_CLIENT_SECRET oder ZSCALER_PRIVATE_KEY auf eine PEM-Schlüsseldatei.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>zc::cli::CommandRouter</name>
    <message>
        <location filename="../app/cli/CommandRouter.cpp" line="+39"/>
        <location line="+26"/>
        <source>Missing command.</source>
        <translation>Befehl fehlt.</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+24"/>
        <source>Unknown command &quot;%1 %2&quot;.</source>
        <translation>Unbekannter Befehl &quot;%1 %2&quot;.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>status: show whether changes are pending. activate: activate the pending changes.</source>
        <translation>status: anzeigen, ob Änderungen ausstehen. activate: die ausstehenden Änderungen aktivieren.</translation>
    </message>
</context>
<context>
    <name>zc::cli::SnapshotCommands</name>
    <message numerus="yes">
        <location filename="../app/cli/SnapshotCommands.cpp" line="+47"/>
        <source>%1 of %2: %3 (%Ln record(s)).</source>
        <translation>
            <numerusform>%1 von %2: %3 (%Ln Datensatz).</numerusform>
            <numerusform>%1 von %2: %3 (%Ln Datensätze).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2: %3.</source>
        <translation>%1 von %2: %3.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reads the tenant&apos;s configuration (ZPA application segments, segment and server groups; Cloud &amp; Branch Connector groups; ZIdentity users and groups; ZIA and Cloud &amp; Branch Connector activation status) and writes it to FILE as a snapshot, readable by its owner only. Collections the client may not read are kept with the reason.</source>
        <translation>Liest die Konfiguration des Mandanten (ZPA-Application-Segments, Segment- und Servergruppen; Cloud &amp; Branch Connector-Gruppen; ZIdentity-Benutzer und -Gruppen; Aktivierungsstatus von ZIA und Cloud &amp; Branch Connector) und schreibt sie als Snapshot nach FILE, nur für den Eigentümer lesbar. Sammlungen, die der Client nicht lesen darf, werden mit dem Grund aufbewahrt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The snapshot file to write.</source>
        <translation>Die zu schreibende Snapshot-Datei.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give one file to write.</source>
        <translation>Geben Sie eine zu schreibende Datei an.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2. %3</source>
        <translation>%1: %2. %3</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Saved %Ln record(s) to %1.</source>
        <translation>
            <numerusform>%Ln Datensatz in %1 gespeichert.</numerusform>
            <numerusform>%Ln Datensätze in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Compares two snapshots, or a snapshot with the tenant now (--live): per collection the records added, removed and changed, matched by ID, with the changed fields&apos; old and new values. Exit status: 0 equal, 1 different, 2 a file that is not a snapshot, is damaged or is of a newer format.</source>
        <translation>Vergleicht zwei Snapshots oder einen Snapshot mit dem aktuellen Mandanten (--live): pro Sammlung die hinzugefügten, entfernten und geänderten Datensätze, zugeordnet über die ID, mit den alten und neuen Werten der geänderten Felder. Exit-Status: 0 gleich, 1 verschieden, 2 eine Datei, die kein Snapshot, beschädigt oder in einem neueren Format ist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Compare OLD with the tenant as it is now.</source>
        <translation>OLD mit dem aktuellen Stand des Mandanten vergleichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The older snapshot file.</source>
        <translation>Die ältere Snapshot-Datei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The newer snapshot file (not with --live).</source>
        <translation>Die neuere Snapshot-Datei (nicht mit --live).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give one snapshot file to compare with the tenant.</source>
        <translation>Geben Sie eine Snapshot-Datei an, die mit dem Mandanten verglichen werden soll.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give two snapshot files, or one and --live.</source>
        <translation>Geben Sie zwei Snapshot-Dateien an, oder eine und --live.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Tenant snapshots: save the configuration, compare it later.</source>
        <translation>Mandanten-Snapshots: Konfiguration speichern und später vergleichen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>save: write a snapshot of the tenant. diff: compare two snapshots, or one with the tenant now.</source>
        <translation>save: einen Snapshot des Mandanten schreiben. diff: zwei Snapshots vergleichen oder einen mit dem aktuellen Mandanten.</translation>
    </message>
</context>
<context>
    <name>zc::cli::ZccCommands</name>
    <message>
        <location filename="../app/cli/ZccCommands.cpp" line="+53"/>
        <source>Lists Client Connector devices, every page. --user and --os are filters of the API; the API has no hostname filter, so --hostname keeps the devices whose hostname contains the text (case-insensitive) after they arrived.</source>
        <translation>Listet Client Connector-Geräte auf, alle Seiten. --user und --os sind Filter der API; die API hat keinen Hostnamen-Filter, daher behält --hostname nach dem Empfang die Geräte, deren Hostname den Text enthält (ohne Beachtung der Groß-/Kleinschreibung).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only the devices of this login name.</source>
        <translation>Nur die Geräte dieses Login-Namens.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only hostnames containing this text (filtered here).</source>
        <translation>Nur Hostnamen, die diesen Text enthalten (hier gefiltert).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only this OS: windows, macos, linux, ios or android.</source>
        <translation>Nur dieses Betriebssystem: windows, macos, linux, ios oder android.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown OS &quot;%1&quot;: use windows, macos, linux, ios or android.</source>
        <translation>Unbekanntes Betriebssystem &quot;%1&quot;: Verwenden Sie windows, macos, linux, ios oder android.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Page %1 loaded (%Ln device(s)).</source>
        <translation>
            <numerusform>Seite %1 geladen (%Ln Gerät).</numerusform>
            <numerusform>Seite %1 geladen (%Ln Geräte).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Warning: the retrieval could not be written to the audit list: %1</source>
        <translation>Warnung: Der Abruf konnte nicht in die Audit-Liste geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The device has no UDID to ask its one-time passwords with.</source>
        <translation>Das Gerät hat keine UDID, mit der seine Einmalpasswörter abgefragt werden könnten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>  %1  %2  %3  %4  last seen %5</source>
        <translation>  %1  %2  %3  %4  zuletzt gesehen %5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Prints the one-time passwords of a device (every kind the tenant sends) on standard output. Give the device&apos;s --udid, or --user (and --hostname) to find it first: when several devices match, they are listed on standard error and nothing is fetched (exit status 2). Each call asks ZCC for fresh values, and is written to the OTP audit list the desktop application shows (never the values).</source>
        <translation>Gibt die Einmalpasswörter eines Geräts (jede Art, die der Mandant sendet) auf der Standardausgabe aus. Geben Sie --udid des Geräts an, oder --user (und --hostname), um es zuerst zu finden: Wenn mehrere Geräte passen, werden sie auf der Standardfehlerausgabe aufgelistet und nichts wird abgerufen (Exit-Status 2). Jeder Aufruf fragt ZCC nach neuen Werten und wird in die OTP-Audit-Liste geschrieben, die die Desktop-Anwendung anzeigt (die Werte selbst nie).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The device&apos;s UDID.</source>
        <translation>Die UDID des Geräts.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the device of this login name.</source>
        <translation>Das Gerät dieses Login-Namens suchen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --user: only devices whose hostname contains this text.</source>
        <translation>Mit --user: nur Geräte, deren Hostname diesen Text enthält.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give either --udid or --user.</source>
        <translation>Geben Sie entweder --udid oder --user an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--hostname goes with --user, not with --udid.</source>
        <translation>--hostname gehört zu --user, nicht zu --udid.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 has no Client Connector device.</source>
        <translation>%1 hat kein Client Connector-Gerät.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no Client Connector device whose hostname contains &quot;%2&quot;.</source>
        <translation>%1 hat kein Client Connector-Gerät, dessen Hostname &quot;%2&quot; enthält.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln device(s) match; not guessing. Choose one with --udid (or narrow with --hostname):</source>
        <translation>
            <numerusform>%Ln Gerät passt; keine Vermutung. Wählen Sie eines mit --udid (oder grenzen Sie mit --hostname ein):</numerusform>
            <numerusform>%Ln Geräte passen; keine Vermutung. Wählen Sie eines mit --udid (oder grenzen Sie mit --hostname ein):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Client Connector commands.</source>
        <translation>Client Connector-Befehle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>devices: list devices. otp: a device&apos;s one-time passwords.</source>
        <translation>devices: Geräte auflisten. otp: die Einmalpasswörter eines Geräts.</translation>
    </message>
</context>
<context>
    <name>zc::cli::ZdxCommands</name>
    <message>
        <location filename="../app/cli/ZdxCommands.cpp" line="-157"/>
        <source>The ZDX device ID (see &quot;zdx devices&quot;).</source>
        <translation>Die ZDX-Geräte-ID (siehe &quot;zdx devices&quot;).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The deep trace ID (see &quot;zdx trace list&quot;).</source>
        <translation>Die Deep-Trace-ID (siehe &quot;zdx trace list&quot;).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--device and --trace are required.</source>
        <translation>--device und --trace sind erforderlich.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lists the devices ZDX knows, every page of them, optionally only those whose name, hostname or user e-mail contains the query.</source>
        <translation>Listet die Geräte auf, die ZDX kennt, alle Seiten, optional nur die, deren Name, Hostname oder Benutzer-E-Mail die Suchanfrage enthält.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only devices whose name, hostname or user e-mail contains Q.</source>
        <translation>Nur Geräte, deren Name, Hostname oder Benutzer-E-Mail Q enthält.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Starts a deep trace on a device and prints {trace_id, status, expected_time}. A device runs one deep trace at a time.</source>
        <translation>Startet einen Deep Trace auf einem Gerät und gibt {trace_id, status, expected_time} aus. Auf einem Gerät läuft jeweils ein Deep Trace.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The session name.</source>
        <translation>Der Sitzungsname.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long to trace: 5, 15, 30 or 60 minutes.</source>
        <translation>Wie lange aufgezeichnet wird: 5, 15, 30 oder 60 Minuten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also probe the device (health, processes).</source>
        <translation>Das Gerät zusätzlich prüfen (Zustand, Prozesse).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application ID to trace.</source>
        <translation>Aufzuzeichnende Anwendungs-ID.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web probe ID to run.</source>
        <translation>Auszuführende Web-Probe-ID.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CloudPath probe ID to run.</source>
        <translation>Auszuführende CloudPath-Probe-ID.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+46"/>
        <source>--device is required.</source>
        <translation>--device ist erforderlich.</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>--name is required.</source>
        <translation>--name ist erforderlich.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--minutes must be 5, 15, 30 or 60.</source>
        <translation>--minutes muss 5, 15, 30 oder 60 sein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--%1 needs a positive numeric ID.</source>
        <translation>--%1 benötigt eine positive numerische ID.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Lists a device&apos;s deep traces, newest first, with their status.</source>
        <translation>Listet die Deep Traces eines Geräts auf, neueste zuerst, mit ihrem Status.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Cloud path hops (whole trace)</source>
        <translation>Cloud-Pfad-Hops (gesamter Trace)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Deep trace</source>
        <translation>Deep Trace</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Health metrics</source>
        <translation>Zustandsmetriken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Top processes</source>
        <translation>Top-Prozesse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Web probe (page fetch)</source>
        <translation>Web-Probe (Seitenabruf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cloud path legs (whole trace)</source>
        <translation>Cloud-Pfad-Abschnitte (gesamter Trace)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Shows a deep trace&apos;s status and its results. JSON: {&quot;trace&quot;, &quot;health_metrics&quot;, &quot;top_processes&quot;, &quot;webprobe_metrics&quot;, &quot;cloudpath_metrics&quot;, &quot;cloudpath&quot;, &quot;events&quot;}, each as the API sent it. Table and CSV: one titled section per part (CSV titles are lines starting with &apos;#&apos;); the web probe&apos;s download time and the cloud path&apos;s whole-trace figures are worked out. Results fill up while the trace runs.</source>
        <translation>Zeigt den Status eines Deep Trace und seine Ergebnisse. JSON: {&quot;trace&quot;, &quot;health_metrics&quot;, &quot;top_processes&quot;, &quot;webprobe_metrics&quot;, &quot;cloudpath_metrics&quot;, &quot;cloudpath&quot;, &quot;events&quot;}, jeweils so, wie die API sie gesendet hat. Tabelle und CSV: ein Abschnitt mit Titel pro Teil (CSV-Titel sind Zeilen, die mit &apos;#&apos; beginnen); die Download-Zeit der Web-Probe und die Werte des Cloud-Pfads für den gesamten Trace werden berechnet. Die Ergebnisse füllen sich, während der Trace läuft.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Deletes a deep trace and its data (a running trace is stopped). Prints nothing on standard output.</source>
        <translation>Löscht einen Deep Trace und seine Daten (ein laufender Trace wird beendet). Gibt nichts auf der Standardausgabe aus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleted deep trace %1.</source>
        <translation>Deep Trace %1 gelöscht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ZDX deep traces.</source>
        <translation>ZDX-Deep-Traces.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start: start a deep trace. list: a device&apos;s traces. show: status and results. delete: delete a trace and its data.</source>
        <translation>start: einen Deep Trace starten. list: die Traces eines Geräts. show: Status und Ergebnisse. delete: einen Trace und seine Daten löschen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ZDX commands.</source>
        <translation>ZDX-Befehle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>devices: search devices. trace: start, list, show or delete deep traces.</source>
        <translation>devices: Geräte suchen. trace: Deep Traces starten, auflisten, anzeigen oder löschen.</translation>
    </message>
</context>
<context>
    <name>zc::cli::ZiaCommands</name>
    <message>
        <location filename="../app/cli/ZiaCommands.cpp" line="+52"/>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>line %1 of %2</source>
        <translation>Zeile %1 von %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Looks up the categories of URLs in ZIA, 100 per request, and prints them in input order. URLs are trimmed and duplicates dropped; empty entries and URLs over 1,024 characters are reported and skipped (exit status 2 after the other results).</source>
        <translation>Fragt die Kategorien von URLs in ZIA ab, 100 pro Anfrage, und gibt sie in der Reihenfolge der Eingabe aus. URLs werden getrimmt und Duplikate verworfen; leere Einträge und URLs über 1.024 Zeichen werden gemeldet und übersprungen (Exit-Status 2 nach den übrigen Ergebnissen).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read URLs from FILE, one per line; &quot;-&quot; reads standard input.</source>
        <translation>URLs aus FILE lesen, eine pro Zeile; &quot;-&quot; liest die Standardeingabe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>URLs to look up; &quot;-&quot; reads standard input.</source>
        <translation>Abzufragende URLs; &quot;-&quot; liest die Standardeingabe.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>argument %1</source>
        <translation>Argument %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No URLs given.</source>
        <translation>Keine URLs angegeben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Skipped %1: %2</source>
        <translation>%1 übersprungen: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped %1 (%2): %3</source>
        <translation>%1 übersprungen (%2): %3</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Dropped %n duplicate URL(s).</source>
        <translation>
            <numerusform>%n doppelte URL verworfen.</numerusform>
            <numerusform>%n doppelte URLs verworfen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Batch %1 of %2 done.</source>
        <translation>Block %1 von %2 erledigt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>ZIA configuration activation.</source>
        <translation>Aktivierung der ZIA-Konfiguration.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prints the ZIA activation status (ACTIVE or PENDING).</source>
        <translation>Gibt den ZIA-Aktivierungsstatus aus (ACTIVE oder PENDING).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activates the pending ZIA configuration changes and prints the resulting status.</source>
        <translation>Aktiviert die ausstehenden ZIA-Konfigurationsänderungen und gibt den resultierenden Status aus.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ZIA commands.</source>
        <translation>ZIA-Befehle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>url-lookup: categories of URLs. activation: status or activate.</source>
        <translation>url-lookup: Kategorien von URLs. activation: Status oder aktivieren.</translation>
    </message>
</context>
<context>
    <name>zc::cli::ZidCommands</name>
    <message>
        <location filename="../app/cli/ZidCommands.cpp" line="+30"/>
        <source>Lists ZIdentity users, every page (1,000 a page). --login matches a login name exactly (loginname); --like keeps the logins containing the text (loginname[like]); both are filters of the API.</source>
        <translation>Listet ZIdentity-Benutzer auf, alle Seiten (1.000 pro Seite). --login vergleicht einen Login-Namen exakt (loginname); --like behält die Logins, die den Text enthalten (loginname[like]); beides sind Filter der API.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exactly this login name.</source>
        <translation>Genau dieser Login-Name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login names containing this text.</source>
        <translation>Login-Namen, die diesen Text enthalten.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Lists ZIdentity groups, every page.</source>
        <translation>Listet ZIdentity-Gruppen auf, alle Seiten.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>ZIdentity commands.</source>
        <translation>ZIdentity-Befehle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>users: list users. groups: list groups.</source>
        <translation>users: Benutzer auflisten. groups: Gruppen auflisten.</translation>
    </message>
</context>
<context>
    <name>zc::cli::ZpaCommands</name>
    <message>
        <location filename="../app/cli/ZpaCommands.cpp" line="+32"/>
        <source>Lists the ZPA application segments, every page (500 a request). Without --microtenant, the connection&apos;s microtenant (ZPA_MICROTENANT_ID) is used, or all of them.</source>
        <translation>Listet die ZPA-Application-Segments auf, alle Seiten (500 pro Anfrage). Ohne --microtenant wird der Microtenant der Verbindung (ZPA_MICROTENANT_ID) verwendet, sonst alle.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only this microtenant: an ID from &quot;zpa microtenants&quot;, &quot;0&quot; or &quot;default&quot; for the Default microtenant, &quot;all&quot; for every microtenant.</source>
        <translation>Nur dieser Microtenant: eine ID aus &quot;zpa microtenants&quot;, &quot;0&quot; oder &quot;default&quot; für den Standard-Microtenant, &quot;all&quot; für alle Microtenants.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only segments whose name or a domain contains TEXT (ZPA&apos;s search).</source>
        <translation>Nur Segmente, deren Name oder eine Domain TEXT enthält (Suche von ZPA).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--microtenant needs an ID, &quot;default&quot; or &quot;all&quot;.</source>
        <translation>--microtenant benötigt eine ID, &quot;default&quot; oder &quot;all&quot;.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Lists the ZPA microtenants (the Default microtenant, ID 0, is not listed). Their IDs go to &quot;zpa segments --microtenant&quot;.</source>
        <translation>Listet die ZPA-Microtenants auf (der Standard-Microtenant, ID 0, wird nicht aufgeführt). Ihre IDs sind für &quot;zpa segments --microtenant&quot; bestimmt.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>ZPA commands.</source>
        <translation>ZPA-Befehle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>segments: application segments. microtenants: the microtenants.</source>
        <translation>segments: Application Segments. microtenants: die Microtenants.</translation>
    </message>
</context>
<context>
    <name>zc::cli::ZtwCommands</name>
    <message>
        <location filename="../app/cli/ZtwCommands.cpp" line="+130"/>
        <source>Lists the Cloud &amp; Branch Connector groups, every page. JSON prints the groups as the API sent them, with their VMs and instances; CSV and table print one row per VM.</source>
        <translation>Listet die Cloud &amp; Branch Connector-Gruppen auf, alle Seiten. JSON gibt die Gruppen so aus, wie die API sie gesendet hat, mit ihren VMs und Instanzen; CSV und Tabelle geben eine Zeile pro VM aus.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Cloud &amp; Branch Connector activation.</source>
        <translation>Cloud &amp; Branch Connector-Aktivierung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prints the Cloud &amp; Branch Connector activation status (orgEditStatus EDITS_PRESENT means changes are pending).</source>
        <translation>Gibt den Cloud &amp; Branch Connector-Aktivierungsstatus aus (orgEditStatus EDITS_PRESENT bedeutet, dass Änderungen ausstehen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activates the pending Cloud &amp; Branch Connector changes and prints the resulting status. Sends POST as Zscaler&apos;s guide documents, and PUT (as the SDKs do) when the server answers 405.</source>
        <translation>Aktiviert die ausstehenden Cloud &amp; Branch Connector-Änderungen und gibt den resultierenden Status aus. Sendet POST, wie es Zscalers Leitfaden dokumentiert, und PUT (wie die SDKs), wenn der Server mit 405 antwortet.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cloud &amp; Branch Connector (ZTW) commands.</source>
        <translation>Cloud &amp; Branch Connector-Befehle (ZTW).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>groups: connector groups with their VMs. activation: status or activate.</source>
        <translation>groups: Connector-Gruppen mit ihren VMs. activation: Status oder aktivieren.</translation>
    </message>
</context>
<context>
    <name>zc::cli::main</name>
    <message>
        <location filename="../app/cli/main.cpp" line="+47"/>
        <source>Command-line console for Zscaler OneAPI.

Without --profile, the connection comes from the official SDKs&apos; environment variables: ZSCALER_CLIENT_ID, ZSCALER_CLIENT_SECRET or ZSCALER_PRIVATE_KEY (PEM file; ZSCALER_PRIVATE_KEY_PASSPHRASE), ZSCALER_VANITY_DOMAIN, ZSCALER_CLOUD (production, beta, gov, govus, custom), ZPA_CUSTOMER_ID, ZPA_MICROTENANT_ID, ZSCALER_TOKEN_URL, ZSCALER_API_URL, ZSCALER_CA_FILE.

Proxy: --proxy, else the profile&apos;s proxy, else HTTPS_PROXY, HTTP_PROXY, ALL_PROXY (http://[user:password@]host[:port]) and NO_PROXY, else the system&apos;s settings.

Exit status: 0 success, 1 API error, 2 bad usage or input, 3 authentication failed, 4 network or TLS failure (or a proxy refused), 5 gave up after retries (rate limit, server error, edit lock), 130 interrupted.</source>
        <translation>Befehlszeilen-Konsole für Zscaler OneAPI.

Ohne --profile stammt die Verbindung aus den Umgebungsvariablen der offiziellen SDKs: ZSCALER_CLIENT_ID, ZSCALER_CLIENT_SECRET oder ZSCALER_PRIVATE_KEY (PEM-Datei; ZSCALER_PRIVATE_KEY_PASSPHRASE), ZSCALER_VANITY_DOMAIN, ZSCALER_CLOUD (production, beta, gov, govus, custom), ZPA_CUSTOMER_ID, ZPA_MICROTENANT_ID, ZSCALER_TOKEN_URL, ZSCALER_API_URL, ZSCALER_CA_FILE.

Proxy: --proxy, sonst der Proxy des Profils, sonst HTTPS_PROXY, HTTP_PROXY, ALL_PROXY (http://[user:password@]host[:port]) und NO_PROXY, sonst die Einstellungen des Systems.

Exit-Status: 0 Erfolg, 1 API-Fehler, 2 falscher Aufruf oder falsche Eingabe, 3 Authentifizierung fehlgeschlagen, 4 Netzwerk- oder TLS-Fehler (oder ein Proxy hat abgelehnt), 5 nach Wiederholungen aufgegeben (Ratenlimit, Serverfehler, Bearbeitungssperre), 130 unterbrochen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>auth test | zia url-lookup | zia activation status | zia activation activate | ztw groups | ztw activation status|activate | zpa segments|microtenants | zdx devices | zdx trace start|list|show|delete | zcc devices | zcc otp | zid users | zid groups | snapshot save|diff | api METHOD PATH</source>
        <translation>auth test | zia url-lookup | zia activation status | zia activation activate | ztw groups | ztw activation status|activate | zpa segments|microtenants | zdx devices | zdx trace start|list|show|delete | zcc devices | zcc otp | zid users | zid groups | snapshot save|diff | api METHOD PATH</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Missing command.</source>
        <translation>Befehl fehlt.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>zc::jwt</name>
    <message numerus="yes">
        <location filename="../models/auth/Jwt.cpp" line="+101"/>
        <source>The token has %n part(s); a signed JWT has exactly 3.</source>
        <translation>
            <numerusform>Das Token hat %n Teil; ein signiertes JWT hat genau 3.</numerusform>
            <numerusform>Das Token hat %n Teile; ein signiertes JWT hat genau 3.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The token&apos;s header or claims are empty.</source>
        <translation>Header oder Claims des Tokens sind leer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The token&apos;s header is not valid base64url.</source>
        <translation>Der Header des Tokens ist kein gültiges base64url.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The token&apos;s header is not a JSON object.</source>
        <translation>Der Header des Tokens ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The token&apos;s claims are not valid base64url.</source>
        <translation>Die Claims des Tokens sind kein gültiges base64url.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The token&apos;s claims are not a JSON object.</source>
        <translation>Die Claims des Tokens sind kein JSON-Objekt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The token&apos;s signature is not valid base64url.</source>
        <translation>Die Signatur des Tokens ist kein gültiges base64url.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The token&apos;s header has no &quot;alg&quot;.</source>
        <translation>Der Header des Tokens hat kein &quot;alg&quot;.</translation>
    </message>
</context>
<context>
    <name>zc::main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+65"/>
        <source>Open the built-in demo tenant (a simulator on this computer; no network and no Zscaler account needed).</source>
        <translation>Den integrierten Demo-Mandanten öffnen (ein Simulator auf diesem Computer; kein Netzwerk und kein Zscaler-Konto nötig).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A native desktop console for Zscaler OneAPI.</source>
        <translation>Eine native Desktop-Konsole für Zscaler OneAPI.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Unknown option &quot;%1&quot;; see zconsole --help.</source>
        <translation>Unbekannte Option &quot;%1&quot;; siehe zconsole --help.</translation>
    </message>
</context>
</TS>
