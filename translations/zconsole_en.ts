<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>zc::ActivityModel</name>
    <message numerus="yes">
        <location filename="../ui/activity/ActivityModel.cpp" line="+92"/>
        <source>waited %n s</source>
        <translation>
            <numerusform>waited %n s</numerusform>
            <numerusform>waited %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zc::ActivityPanel</name>
    <message numerus="yes">
        <location filename="../ui/activity/ActivityPanel.cpp" line="+89"/>
        <source>%n row(s), newest last.</source>
        <translation>
            <numerusform>%n row, newest last.</numerusform>
            <numerusform>%n rows, newest last.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zc::ApiAnswerView</name>
    <message numerus="yes">
        <location filename="../ui/pages/api/ApiAnswerView.cpp" line="+97"/>
        <source>{%Ln member(s)}</source>
        <translation>
            <numerusform>{%Ln member}</numerusform>
            <numerusform>{%Ln members}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>[%Ln item(s)]</source>
        <translation>
            <numerusform>[%Ln item]</numerusform>
            <numerusform>[%Ln items]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zc::AppSegmentsPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/zpa/AppSegmentsPage.cpp" line="+389"/>
        <source>%Ln segment(s) publish(es) “%1”.</source>
        <translation>
            <numerusform>%Ln segment publishes “%1”.</numerusform>
            <numerusform>%Ln segments publish “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zc::CloudPathDiagram</name>
    <message numerus="yes">
        <location filename="../ui/pages/zdx/CloudPathDiagram.cpp" line="+163"/>
        <source>%1 of %n probe(s) answered (%2 % lost)</source>
        <translation>
            <numerusform>%1 of %n probe answered (%2 % lost)</numerusform>
            <numerusform>%1 of %n probes answered (%2 % lost)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%1 → %2 (%3 → %4): %5 ms, %6 % loss, %n hop(s)</source>
        <translation>
            <numerusform>%1 → %2 (%3 → %4): %5 ms, %6 % loss, %n hop</numerusform>
            <numerusform>%1 → %2 (%3 → %4): %5 ms, %6 % loss, %n hops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+159"/>
        <source>%n probe(s), none answered</source>
        <translation>
            <numerusform>%n probe, none answered</numerusform>
            <numerusform>%n probes, none answered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zc::CloudPathView</name>
    <message numerus="yes">
        <location filename="../ui/pages/zdx/CloudPathView.cpp" line="+157"/>
        <source>%n hop(s) never answer</source>
        <translation>
            <numerusform>%n hop never answers</numerusform>
            <numerusform>%n hops never answer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zc::ConnectorDetails</name>
    <message numerus="yes">
        <location filename="../ui/pages/ztw/ConnectorDetails.cpp" line="+195"/>
        <source>%Ln group(s)</source>
        <translation>
            <numerusform>%Ln group</numerusform>
            <numerusform>%Ln groups</numerusform>
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
            <numerusform>%Ln instance</numerusform>
            <numerusform>%Ln instances</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zc::DeepTracesPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/zdx/DeepTracesPage.cpp" line="+339"/>
        <source>%1 has %n ZDX devices named %2. Pick the right one from the list.</source>
        <translation>
            <numerusform>%1 has %n ZDX device named %2. Pick it from the list.</numerusform>
            <numerusform>%1 has %n ZDX devices named %2. Pick the right one from the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 has %n ZDX device(s). Pick one from the list.</source>
        <translation>
            <numerusform>%1 has %n ZDX device. Pick one from the list.</numerusform>
            <numerusform>%1 has %n ZDX devices. Pick one from the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>None of the ZDX devices of %1 is named %2. Pick the right one from the %n device(s) listed.</source>
        <translation>
            <numerusform>None of the ZDX devices of %1 is named %2. Pick the right one from the %n device listed.</numerusform>
            <numerusform>None of the ZDX devices of %1 is named %2. Pick the right one from the %n devices listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zc::DeviceOtpPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/zcc/DeviceOtpPage.cpp" line="+414"/>
        <source>Fetched at %1. The values stay hidden until you reveal them; Copy puts one on the clipboard for %n second(s).</source>
        <translation>
            <numerusform>Fetched at %1. The values stay hidden until you reveal them; Copy puts one on the clipboard for %n second.</numerusform>
            <numerusform>Fetched at %1. The values stay hidden until you reveal them; Copy puts one on the clipboard for %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zc::DeviceTracesPane</name>
    <message numerus="yes">
        <location filename="../ui/pages/zdx/DeviceTracesPane.cpp" line="+104"/>
        <source>Following %n running trace(s): the status refreshes by itself, less often while nothing changes.</source>
        <translation>
            <numerusform>Following %n running trace: its status refreshes by itself, less often while nothing changes.</numerusform>
            <numerusform>Following %n running traces: the status refreshes by itself, less often while nothing changes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zc::HealthChartsView</name>
    <message numerus="yes">
        <location filename="../ui/pages/zdx/HealthChartsView.cpp" line="+76"/>
        <source>%1 in %n sample(s)</source>
        <comment>above 80 % in 2 samples</comment>
        <translation>
            <numerusform>%1 in %n sample</numerusform>
            <numerusform>%1 in %n samples</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>no data in %n sample(s)</source>
        <translation>
            <numerusform>no data in %n sample</numerusform>
            <numerusform>no data in %n samples</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n sample(s); every metric stayed in its usual range.</source>
        <translation>
            <numerusform>%n sample; every metric stayed in its usual range.</numerusform>
            <numerusform>%n samples; every metric stayed in its usual range.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n sample(s): %1.</source>
        <translation>
            <numerusform>%n sample: %1.</numerusform>
            <numerusform>%n samples: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zc::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="+581"/>
        <source>%1 is in read-only mode: changes are refused until its maintenance ends. Reading still works.</source>
        <translation>
            <numerusform>%1 is in read-only mode: changes are refused until its maintenance ends. Reading still works.</numerusform>
            <numerusform>%1 are in read-only mode: changes are refused until their maintenance ends. Reading still works.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zc::RecordTableView</name>
    <message numerus="yes">
        <location filename="../ui/widgets/RecordTableView.cpp" line="+350"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %Ln row(s)</source>
        <translation>
            <numerusform>%1 of %Ln row</numerusform>
            <numerusform>%1 of %Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zc::SnapshotsPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/snapshots/SnapshotsPage.cpp" line="+191"/>
        <source>Reading %1 (%2 of %3, %Ln record(s))…</source>
        <translation>
            <numerusform>Reading %1 (%2 of %3, %Ln record)…</numerusform>
            <numerusform>Reading %1 (%2 of %3, %Ln records)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zc::StartTraceDialog</name>
    <message numerus="yes">
        <location filename="../ui/pages/zdx/StartTraceDialog.cpp" line="+63"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zc::TestConnectionDialog</name>
    <message numerus="yes">
        <location filename="../ui/dialogs/TestConnectionDialog.cpp" line="+34"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+162"/>
        <source>All %n product(s) answer.</source>
        <translation>
            <numerusform>The %n product answers.</numerusform>
            <numerusform>All %n products answer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 of %n product(s) answer.</source>
        <translation>
            <numerusform>%1 of %n product answers.</numerusform>
            <numerusform>%1 of %n products answer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zc::TimeSeriesChart</name>
    <message numerus="yes">
        <location filename="../ui/widgets/TimeSeriesChart.cpp" line="+127"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zc::UrlLineCheck</name>
    <message numerus="yes">
        <location filename="../ui/pages/zia/UrlLineCheck.cpp" line="+91"/>
        <source>%Ln URL(s) to look up</source>
        <translation>
            <numerusform>%Ln URL to look up</numerusform>
            <numerusform>%Ln URLs to look up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln duplicate(s) skipped</source>
        <translation>
            <numerusform>%Ln duplicate skipped</numerusform>
            <numerusform>%Ln duplicates skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln invalid line(s) not sent</source>
        <translation>
            <numerusform>%Ln invalid line not sent</numerusform>
            <numerusform>%Ln invalid lines not sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zc::UrlLookupPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/zia/UrlLookupPage.cpp" line="+365"/>
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… and %Ln more</numerusform>
            <numerusform>… and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>Looking up %Ln URL(s)…</source>
        <translation>
            <numerusform>Looking up %Ln URL…</numerusform>
            <numerusform>Looking up %Ln URLs…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
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
            <numerusform>%Ln category</numerusform>
            <numerusform>%Ln categories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln with security alert(s)</source>
        <translation>
            <numerusform>%Ln with a security alert</numerusform>
            <numerusform>%Ln with security alerts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zc::UserGroupsPanel</name>
    <message numerus="yes">
        <location filename="../ui/pages/zid/UserGroupsPanel.cpp" line="+122"/>
        <source>Not a member of any of the tenant&apos;s %Ln group(s).</source>
        <translation>
            <numerusform>Not a member of any of the tenant&apos;s %Ln group.</numerusform>
            <numerusform>Not a member of any of the tenant&apos;s %Ln groups.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Member of %Ln group(s).</source>
        <translation>
            <numerusform>Member of %Ln group.</numerusform>
            <numerusform>Member of %Ln groups.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zc::UsersPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/zid/UsersPage.cpp" line="+335"/>
        <source>%1 of %Ln user(s) loaded</source>
        <translation>
            <numerusform>%1 of %Ln user loaded</numerusform>
            <numerusform>%1 of %Ln users loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln user</numerusform>
            <numerusform>%Ln users</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zc::WebProbeView</name>
    <message numerus="yes">
        <location filename="../ui/pages/zdx/WebProbeView.cpp" line="+90"/>
        <source>The site did not answer in %n sample(s).</source>
        <translation>
            <numerusform>The site did not answer in %n sample.</numerusform>
            <numerusform>The site did not answer in %n samples.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zc::cli::ApiCommands</name>
    <message numerus="yes">
        <location filename="../app/cli/ApiCommands.cpp" line="+40"/>
        <source>%Ln page(s) fetched.</source>
        <translation>
            <numerusform>%Ln page fetched.</numerusform>
            <numerusform>%Ln pages fetched.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+107"/>
        <source>Page %1 (%Ln record(s)).</source>
        <translation>
            <numerusform>Page %1 (%Ln record).</numerusform>
            <numerusform>Page %1 (%Ln records).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zc::cli::CliContext</name>
    <message numerus="yes">
        <location filename="../app/cli/CliContext.cpp" line="+133"/>
        <source>Page %1 of %2 (%Ln record(s)).</source>
        <translation>
            <numerusform>Page %1 of %2 (%Ln record).</numerusform>
            <numerusform>Page %1 of %2 (%Ln records).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Page %1 (%Ln record(s)).</source>
        <translation>
            <numerusform>Page %1 (%Ln record).</numerusform>
            <numerusform>Page %1 (%Ln records).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zc::cli::SnapshotCommands</name>
    <message numerus="yes">
        <location filename="../app/cli/SnapshotCommands.cpp" line="+47"/>
        <source>%1 of %2: %3 (%Ln record(s)).</source>
        <translation>
            <numerusform>%1 of %2: %3 (%Ln record).</numerusform>
            <numerusform>%1 of %2: %3 (%Ln records).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>Saved %Ln record(s) to %1.</source>
        <translation>
            <numerusform>Saved %Ln record to %1.</numerusform>
            <numerusform>Saved %Ln records to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zc::cli::ZccCommands</name>
    <message numerus="yes">
        <location filename="../app/cli/ZccCommands.cpp" line="+84"/>
        <source>Page %1 loaded (%Ln device(s)).</source>
        <translation>
            <numerusform>Page %1 loaded (%Ln device).</numerusform>
            <numerusform>Page %1 loaded (%Ln devices).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+136"/>
        <source>%Ln device(s) match; not guessing. Choose one with --udid (or narrow with --hostname):</source>
        <translation>
            <numerusform>%Ln device matches; not guessing. Choose one with --udid (or narrow with --hostname):</numerusform>
            <numerusform>%Ln devices match; not guessing. Choose one with --udid (or narrow with --hostname):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zc::cli::ZiaCommands</name>
    <message numerus="yes">
        <location filename="../app/cli/ZiaCommands.cpp" line="+121"/>
        <source>Dropped %n duplicate URL(s).</source>
        <translation>
            <numerusform>Dropped %n duplicate URL.</numerusform>
            <numerusform>Dropped %n duplicate URLs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zc::jwt</name>
    <message numerus="yes">
        <location filename="../models/auth/Jwt.cpp" line="+101"/>
        <source>The token has %n part(s); a signed JWT has exactly 3.</source>
        <translation>
            <numerusform>The token has %n part; a signed JWT has exactly 3.</numerusform>
            <numerusform>The token has %n parts; a signed JWT has exactly 3.</numerusform>
        </translation>
    </message>
</context>
</TS>
