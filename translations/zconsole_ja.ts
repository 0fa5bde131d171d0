<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>zc::ActivationCard</name>
    <message>
        <location filename="../ui/pages/activation/ActivationCard.cpp" line="+63"/>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Activate…</source>
        <translation>有効化(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check &amp;again</source>
        <translation>再確認(&amp;A)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Status:</source>
        <translation>ステータス:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Read the status again (F5 refreshes both)</source>
        <translation>ステータスを再読み込みします（F5 で両方を更新）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Maintenance may be over: allow Activate again. If it is not, the product refuses the activation and nothing changes.</source>
        <translation>メンテナンスが終了した可能性があります。再度有効化を許可します。終了していない場合、製品は有効化を拒否し、何も変更されません。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Not read yet</source>
        <translation>未読み込み</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Activate the pending changes (asks first)</source>
        <translation>保留中の変更を有効化します（実行前に確認します）</translation>
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
        <translation>インターネットと SaaS へのアクセス: URL フィルタリング、ファイアウォール、その他のポリシー。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Talking to ZIA…</source>
        <translation>ZIA と通信中…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This API client is not entitled to ZIA, so its activation status cannot be read. An administrator can grant it in ZIdentity.</source>
        <translation>この API クライアントには ZIA の権限がないため、有効化ステータスを読み取れません。管理者が ZIdentity で権限を付与できます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This API client is not entitled to ZIA.</source>
        <translation>この API クライアントには ZIA の権限がありません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cloud &amp; Branch Connector (ZTW)</source>
        <translation>Cloud &amp; Branch Connector（ZTW）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connector groups, forwarding and gateway settings of workloads and branches.</source>
        <translation>ワークロードと拠点のコネクター グループ、転送設定、ゲートウェイ設定。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Talking to ZTW…</source>
        <translation>ZTW と通信中…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This API client is not entitled to ZTW (Cloud &amp; Branch Connector), so its activation status cannot be read. An administrator can grant it in ZIdentity.</source>
        <translation>この API クライアントには ZTW（Cloud &amp; Branch Connector）の権限がないため、有効化ステータスを読み取れません。管理者が ZIdentity で権限を付与できます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This API client is not entitled to ZTW.</source>
        <translation>この API クライアントには ZTW の権限がありません。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Configuration changes take effect only once they are activated. Each product is activated on its own.</source>
        <translation>設定の変更は、有効化して初めて反映されます。有効化は製品ごとに行います。</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Reading the status…</source>
        <translation>ステータスを読み取り中…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 activated: %2</source>
        <translation>%1 の有効化: %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Activate %1 changes</source>
        <translation>%1 の変更を有効化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activate the pending %1 configuration changes now?

They take effect for the whole tenant and cannot be undone from here.</source>
        <translation>保留中の %1 の設定変更を今すぐ有効化しますか？

変更はテナント全体に反映され、ここから元に戻すことはできません。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cancelled. Press Refresh to read the status again.</source>
        <translation>キャンセルしました。ステータスを再度読み取るには［更新］を押してください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is in read-only maintenance mode: activation is not possible until it ends.</source>
        <translation>%1 は読み取り専用のメンテナンス モードです。終了するまで有効化できません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not signed in</source>
        <translation>未サインイン</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in to see whether changes wait for activation.</source>
        <translation>有効化待ちの変更があるかどうかを確認するには、サインインしてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in first.</source>
        <translation>先にサインインしてください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not entitled</source>
        <translation>権限なし</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading…</source>
        <translation>読み取り中…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not read yet</source>
        <translation>未読み込み</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Refresh to read the status.</source>
        <translation>ステータスを読み取るには［更新］を押してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checked</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activated</source>
        <translation>有効化済み</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wait for the current request to finish.</source>
        <translation>現在のリクエストが完了するまでお待ちください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read the status first (Refresh).</source>
        <translation>先にステータスを読み取ってください（更新）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to activate.</source>
        <translation>有効化するものはありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An activation is in progress.</source>
        <translation>有効化を実行中です。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No changes are waiting for activation.</source>
        <translation>有効化待ちの変更はありません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Configuration changes are waiting for activation. Users get them only once they are activated.</source>
        <translation>設定の変更が有効化を待っています。変更は有効化して初めてユーザーに反映されます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An activation is in progress. Refresh in a moment to see the result.</source>
        <translation>有効化を実行中です。しばらくしてから更新して結果を確認してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ZIA reports a status this console does not know: %1.</source>
        <translation>ZIA がこのコンソールの認識しないステータスを返しました: %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>API status</source>
        <translation>API ステータス</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edits waiting for activation</source>
        <translation>有効化待ちの編集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No pending edits</source>
        <translation>保留中の編集なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edits activate on restart</source>
        <translation>編集は再起動時に有効化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the admin portal</source>
        <translation>管理ポータルから</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logged in</source>
        <translation>ログイン中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Editing</source>
        <translation>編集中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation queued</source>
        <translation>有効化キュー登録済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activating</source>
        <translation>有効化中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation done</source>
        <translation>有効化完了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation failed</source>
        <translation>有効化失敗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session expired</source>
        <translation>セッション期限切れ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logged out</source>
        <translation>ログアウト済み</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>ZTW reports a status this console does not know; see the details.</source>
        <translation>ZTW がこのコンソールの認識しないステータスを返しました。詳細を確認してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No edits are waiting for activation.</source>
        <translation>有効化待ちの編集はありません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Configuration edits are waiting for activation. Connectors get them only once they are activated.</source>
        <translation>設定の編集が有効化を待っています。編集は有効化して初めてコネクターに反映されます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An activation is queued or running. Refresh in a moment to see the result.</source>
        <translation>有効化がキューに登録済みか実行中です。しばらくしてから更新して結果を確認してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The last activation failed. The edits are still waiting: activate again, or check the Cloud &amp; Branch Connector portal.</source>
        <translation>前回の有効化は失敗しました。編集はまだ待機中です。再度有効化するか、Cloud &amp; Branch Connector ポータルを確認してください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit status</source>
        <translation>編集ステータス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last activation</source>
        <translation>前回の有効化</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your activation</source>
        <translation>あなたの有効化</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Administrators</source>
        <translation>管理者</translation>
    </message>
</context>
<context>
    <name>zc::ActivationStatus</name>
    <message>
        <location filename="../models/common/ActivationStatus.cpp" line="+98"/>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active</source>
        <translation>アクティブ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes pending</source>
        <translation>保留中の変更あり</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activating</source>
        <translation>有効化中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activation failed</source>
        <translation>有効化失敗</translation>
    </message>
</context>
<context>
    <name>zc::ActivityDock</name>
    <message>
        <location filename="../ui/activity/ActivityDock.cpp" line="+20"/>
        <source>Activity</source>
        <translation>アクティビティ</translation>
    </message>
</context>
<context>
    <name>zc::ActivityModel</name>
    <message>
        <location filename="../ui/activity/ActivityModel.cpp" line="+83"/>
        <source>no answer</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>attempt %1</source>
        <translation>試行 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>waited %n s</source>
        <translation>
            <numerusform>%n 秒待機</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sign-in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Method</source>
        <translation>メソッド</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Path</source>
        <translation>パス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request ID</source>
        <translation>リクエスト ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waits</source>
        <translation>待機</translation>
    </message>
</context>
<context>
    <name>zc::ActivityPanel</name>
    <message>
        <location filename="../ui/activity/ActivityPanel.cpp" line="+24"/>
        <source>&amp;Clear</source>
        <translation>クリア(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Requests</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Forget the requests listed here</source>
        <translation>ここに表示されているリクエストを消去します</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No requests yet.</source>
        <translation>リクエストはまだありません。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s), newest last.</source>
        <translation>
            <numerusform>%n 行（新しいものが最後）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zc::Announcer</name>
    <message>
        <location filename="../ui/widgets/Announcer.cpp" line="+37"/>
        <source>Status announcements</source>
        <translation>ステータス通知</translation>
    </message>
</context>
<context>
    <name>zc::ApiAnswerView</name>
    <message>
        <location filename="../ui/pages/api/ApiAnswerView.cpp" line="+42"/>
        <location line="+43"/>
        <source>Send a request to see its answer here.</source>
        <translation>リクエストを送信すると、ここに応答が表示されます。</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Answer summary</source>
        <translation>応答の概要</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport…</source>
        <translation>エクスポート(&amp;X)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+120"/>
        <location line="+10"/>
        <location line="+12"/>
        <source>Export the answer</source>
        <translation>応答をエクスポート</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>Save the answer as JSON, or as CSV when it is a list of records.</source>
        <translation>応答を JSON として保存します。レコードのリストの場合は CSV としても保存できます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answer as a tree</source>
        <translation>ツリー表示の応答</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answer as raw text</source>
        <translation>生テキストの応答</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answer headers</source>
        <translation>応答ヘッダー</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answer views</source>
        <translation>応答の表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tree</source>
        <translation>ツリー(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ra&amp;w</source>
        <translation>生データ(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Headers</source>
        <translation>ヘッダー(&amp;H)</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>{%Ln member(s)}</source>
        <translation>
            <numerusform>{%Ln 個のメンバー}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>[%Ln item(s)]</source>
        <translation>
            <numerusform>[%Ln 個の項目]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln ページ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status %1</source>
        <translation>ステータス %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>request ID %1</source>
        <translation>リクエスト ID %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The tree stops here; Raw shows everything.</source>
        <translation>ツリーはここまでです。すべての内容は［生データ］で表示されます。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>JSON (*.json);;CSV (*.csv)</source>
        <translation>JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only a list of records or a single object can be saved as CSV. Save it as JSON instead.</source>
        <translation>CSV として保存できるのは、レコードのリストか単一のオブジェクトだけです。代わりに JSON として保存してください。</translation>
    </message>
</context>
<context>
    <name>zc::ApiCall</name>
    <message>
        <location filename="../models/api/ApiCall.cpp" line="+99"/>
        <source>The body is not valid JSON: %1 at line %2, column %3.</source>
        <translation>ボディが有効な JSON ではありません: %1（%2 行目、%3 列目）。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Unknown method &quot;%1&quot;: use %2.</source>
        <translation>不明なメソッド &quot;%1&quot; です。%2 を使用してください。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A GET request sends no body.</source>
        <translation>GET リクエストはボディを送信しません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only GET requests can fetch every page.</source>
        <translation>すべてのページを取得できるのは GET リクエストだけです。</translation>
    </message>
</context>
<context>
    <name>zc::ApiClient</name>
    <message>
        <location filename="../models/net/ApiClient.cpp" line="+60"/>
        <source>The CA file %1 cannot be read: %2</source>
        <translation>CA ファイル %1 を読み取れません: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>CA ファイル %1 に PEM 証明書が含まれていません。</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>ZPA needs the customer ID in the connection settings.</source>
        <translation>ZPA では、接続設定に顧客 ID が必要です。</translation>
    </message>
</context>
<context>
    <name>zc::ApiError</name>
    <message>
        <location filename="../models/net/ApiError.cpp" line="+48"/>
        <source>Could not reach %1 through the proxy %2. Check the proxy settings and the network connection.</source>
        <translation>プロキシ %2 経由で %1 に接続できませんでした。プロキシ設定とネットワーク接続を確認してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not reach ZIdentity to sign in. Check the network connection, the vanity domain and the token URL.</source>
        <translation>サインインのために ZIdentity に接続できませんでした。ネットワーク接続、バニティ ドメイン、トークン URL を確認してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not reach %1. Check the network connection and the API URL.</source>
        <translation>%1 に接続できませんでした。ネットワーク接続と API URL を確認してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The secure connection to %1 failed: its certificate is not trusted. Check the system time and the CA file in the connection settings.</source>
        <translation>%1 へのセキュアな接続に失敗しました: 証明書が信頼されていません。システムの時刻と、接続設定の CA ファイルを確認してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 did not answer in time. Try again later.</source>
        <translation>%1 が時間内に応答しませんでした。後でもう一度お試しください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign-in at ZIdentity failed. Check the client ID, the secret or key, and the vanity domain.</source>
        <translation>ZIdentity でのサインインに失敗しました。クライアント ID、シークレットまたはキー、バニティ ドメインを確認してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 refused the request: this API client is not entitled to it or lacks the scope. An administrator can grant it in ZIdentity.</source>
        <translation>%1 がリクエストを拒否しました: この API クライアントには権限がないか、スコープが不足しています。管理者が ZIdentity で権限を付与できます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is in read-only mode for maintenance: changes are refused until it ends. Reading still works.</source>
        <translation>%1 はメンテナンスのため読み取り専用モードです。終了するまで変更は拒否されます。読み取りは引き続き可能です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 does not know this item; it may have been deleted.</source>
        <translation>%1 はこの項目を認識していません。削除された可能性があります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is locked by another administrator&apos;s edit. Try again in a few seconds.</source>
        <translation>%1 は別の管理者の編集によりロックされています。数秒後にもう一度お試しください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is rate limiting this client and asks to wait %2 s; gave up.</source>
        <translation>%1 がこのクライアントのレートを制限しており、%2 秒の待機を求めています。中止しました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is rate limiting this client; gave up after several retries.</source>
        <translation>%1 がこのクライアントのレートを制限しています。数回再試行した後、中止しました。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 answered with an error (HTTP %2) and asks to wait %3 s; gave up.</source>
        <translation>%1 がエラー（HTTP %2）を返し、%3 秒の待機を求めています。中止しました。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 answered with an error (HTTP %2).</source>
        <translation>%1 がエラー（HTTP %2）を返しました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 sent an answer that could not be read.</source>
        <translation>%1 から読み取れない応答が送られました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request is not valid.</source>
        <translation>リクエストが無効です。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>in use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy %1 refused the user name and password set for it (HTTP 407), so the request did not reach %2. Check the proxy user and password.</source>
        <translation>プロキシ %1 が、設定されたユーザー名とパスワードを拒否しました（HTTP 407）。そのため、リクエストは %2 に届きませんでした。プロキシのユーザーとパスワードを確認してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The proxy %1 asks for a user name and password (HTTP 407), and none are set for it, so the request did not reach %2. Set the proxy user and password.</source>
        <translation>プロキシ %1 がユーザー名とパスワードを求めていますが（HTTP 407）、設定されていないため、リクエストは %2 に届きませんでした。プロキシのユーザーとパスワードを設定してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Server says: %1</source>
        <translation>サーバーのメッセージ: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server code: %1</source>
        <translation>サーバー コード: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(request ID %1)</source>
        <translation>（リクエスト ID %1）</translation>
    </message>
</context>
<context>
    <name>zc::ApiExplorerPage</name>
    <message>
        <location filename="../ui/pages/api/ApiExplorerPage.cpp" line="+58"/>
        <source>&amp;Send</source>
        <translation>送信(&amp;S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send the request</source>
        <translation>リクエストを送信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the request (Ctrl+Enter)</source>
        <translation>リクエストを送信（Ctrl+Enter）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel the request</source>
        <translation>リクエストをキャンセル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy as c&amp;url</source>
        <translation>curl としてコピー(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy as curl</source>
        <translation>curl としてコピー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the request as a curl command line. The token is written as $ZSCALER_TOKEN: set that variable in your shell.</source>
        <translation>リクエストを curl のコマンドラインとしてコピーします。トークンは $ZSCALER_TOKEN として書き出されます。シェルでこの変数を設定してください。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;History</source>
        <translation>履歴(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The requests sent with this profile. Enter or double-click sends one again.</source>
        <translation>このプロファイルで送信したリクエストです。Enter キーまたはダブルクリックで再送信します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Re-run</source>
        <translation>再実行(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the selected request again</source>
        <translation>選択したリクエストを再送信</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the history</source>
        <translation>履歴をクリア</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Keep bodies</source>
        <translation>ボディを保持(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep request bodies in the history</source>
        <translation>リクエスト ボディを履歴に保持</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also remember the JSON bodies sent (members named like tokens, secrets or passwords are never kept).</source>
        <translation>送信した JSON ボディも記録します（トークン、シークレット、パスワードのような名前のメンバーは保持されません）。</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Send %1 %2?

This changes the tenant and is sent once, without retries that could repeat it.</source>
        <translation>%1 %2 を送信しますか？

これはテナントを変更します。繰り返し実行される可能性のある再試行は行わず、1 回だけ送信します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is in read-only mode now (%2): the request will most likely be refused.</source>
        <translation>%1 は現在読み取り専用モードです（%2）。リクエストは拒否される可能性が高いです。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send a change</source>
        <translation>変更を送信</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign in to send requests.</source>
        <translation>リクエストを送信するにはサインインしてください。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sending…</source>
        <translation>送信中…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Request cancelled.</source>
        <translation>リクエストをキャンセルしました。</translation>
    </message>
</context>
<context>
    <name>zc::ApiHistory</name>
    <message>
        <location filename="../models/api/ApiHistory.cpp" line="+138"/>
        <source>Cannot create the folder of %1.</source>
        <translation>%1 のフォルダーを作成できません。</translation>
    </message>
</context>
<context>
    <name>zc::ApiJob</name>
    <message>
        <location filename="../models/net/ApiJob.cpp" line="+68"/>
        <source>The API URL cannot be formed from the settings.</source>
        <translation>設定から API URL を構成できません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refusing to send an access token over plain http to %1.</source>
        <translation>暗号化されていない http でアクセス トークンを %1 に送信することを拒否しました。</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>%1 refused the request as invalid (HTTP %2).</source>
        <translation>%1 がリクエストを無効として拒否しました（HTTP %2）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 refused the request: %2</source>
        <translation>%1 がリクエストを拒否しました: %2</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>The answer is not valid JSON (%1 at byte %2).</source>
        <translation>応答が有効な JSON ではありません（%1、%2 バイト目）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The answer is not a JSON object.</source>
        <translation>応答が JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The answer is not a JSON array.</source>
        <translation>応答が JSON 配列ではありません。</translation>
    </message>
</context>
<context>
    <name>zc::ApiPath</name>
    <message>
        <location filename="../models/api/ApiPath.cpp" line="+110"/>
        <source>The path must start with a product&apos;s base path: %1.</source>
        <translation>パスは製品のベース パスで始まる必要があります: %1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The path needs {%1}, which the connection settings do not set.</source>
        <translation>パスには {%1} が必要ですが、接続設定で設定されていません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown placeholder {%1}: only {customerId} and {microtenantId} are filled in.</source>
        <translation>不明なプレースホルダー {%1} です。置き換えられるのは {customerId} と {microtenantId} だけです。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The path may not contain &quot;.&quot; or &quot;..&quot; segments.</source>
        <translation>パスに &quot;.&quot; または &quot;..&quot; のセグメントを含めることはできません。</translation>
    </message>
</context>
<context>
    <name>zc::ApiRequestForm</name>
    <message>
        <location filename="../ui/pages/api/ApiRequestForm.cpp" line="+30"/>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Method</source>
        <translation>メソッド</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Path</source>
        <translation>パス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The full path from the product&apos;s base path. {customerId} and {microtenantId} are filled in from the profile.</source>
        <translation>製品のベース パスからの完全なパスです。{customerId} と {microtenantId} はプロファイルから入力されます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Path sent</source>
        <translation>送信されたパス</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Query items</source>
        <translation>クエリ項目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add &amp;item</source>
        <translation>項目を追加(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add query item</source>
        <translation>クエリ項目を追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove item</source>
        <translation>項目を削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove query item</source>
        <translation>クエリ項目を削除</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>JSON body</source>
        <translation>JSON ボディ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON body, for POST, PUT and PATCH</source>
        <translation>JSON ボディ（POST、PUT、PATCH 用）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Body check</source>
        <translation>ボディのチェック</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Format</source>
        <translation>整形(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format the JSON body</source>
        <translation>JSON ボディを整形</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;All pages</source>
        <translation>すべてのページ(&amp;A)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All pages</source>
        <translation>すべてのページ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetch every page in the product&apos;s paging style and show one array of every record (GET only).</source>
        <translation>製品のページング方式ですべてのページを取得し、すべてのレコードを 1 つの配列で表示します（GET のみ）。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Request</source>
        <translation>リクエスト(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sends</source>
        <translation>送信先</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Query</source>
        <translation>クエリ(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Body</source>
        <translation>ボディ(&amp;B)</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>No body.</source>
        <translation>ボディなし。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid JSON.</source>
        <translation>有効な JSON です。</translation>
    </message>
</context>
<context>
    <name>zc::AppSegmentsPage</name>
    <message>
        <location filename="../ui/pages/zpa/AppSegmentsPage.cpp" line="+67"/>
        <source>Find by &amp;domain…</source>
        <translation>ドメインで検索(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;all segments</source>
        <translation>すべてのセグメントを表示(&amp;A)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Whose segments to show: All microtenants, the Default one, or one microtenant</source>
        <translation>表示するセグメントの範囲: すべての Microtenant、Default、または 1 つの Microtenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Microtenant:</source>
        <translation>Microtenant(&amp;M):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>app.example.com</source>
        <translation>app.example.com</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shows the segments that publish this host; wildcard entries such as *.example.com cover its subdomains. A URL is reduced to its host.</source>
        <translation>このホストを公開しているセグメントを表示します。*.example.com のようなワイルドカード エントリはサブドメインも対象とします。URL はホスト名に切り詰められます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find by &amp;domain:</source>
        <translation>ドメインで検索(&amp;D):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear the domain</source>
        <translation>ドメインをクリア</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Loading application segments…</source>
        <translation>アプリケーション セグメントを読み込み中…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No segments match “%1”. Press Esc to clear the filter.</source>
        <translation>「%1」に一致するセグメントはありません。フィルターをクリアするには Esc キーを押してください。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Select a segment to see its server groups and description.</source>
        <translation>サーバー グループと説明を表示するには、セグメントを選択してください。</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domains</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TCP ports</source>
        <translation>TCP ポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UDP ports</source>
        <translation>UDP ポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment group</source>
        <translation>セグメント グループ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microtenant</source>
        <translation>Microtenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bypass</source>
        <translation>バイパス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health reporting</source>
        <translation>ヘルス レポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double encryption</source>
        <translation>二重暗号化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IP anchored</source>
        <translation>IP アンカー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modified</source>
        <translation>変更日時</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>作成日時</translation>
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
        <translation>アプリケーション セグメントを表示するには、テナントにサインインしてください。</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Loading was cancelled. The table still shows the segments loaded before.</source>
        <translation>読み込みはキャンセルされました。表には以前に読み込んだセグメントが表示されています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading was cancelled. Press Retry or F5 to load the segments.</source>
        <translation>読み込みはキャンセルされました。セグメントを読み込むには［再試行］または F5 キーを押してください。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Microtenant %1</source>
        <translation>Microtenant %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nothing loaded yet. Press F5 to load the application segments.</source>
        <translation>まだ何も読み込まれていません。アプリケーション セグメントを読み込むには F5 キーを押してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This tenant has no application segments. They are added in the ZPA admin portal.</source>
        <translation>このテナントにはアプリケーション セグメントがありません。セグメントは ZPA 管理ポータルで追加します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No application segments in this microtenant. Choose another microtenant above.</source>
        <translation>この Microtenant にはアプリケーション セグメントがありません。上で別の Microtenant を選択してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <source>No segment publishes “%1”.</source>
        <translation>「%1」を公開しているセグメントはありません。</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Choose All microtenants to search them all.</source>
        <translation>すべてを検索するには［すべての Microtenant］を選択してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press Esc in the domain field to show every segment.</source>
        <translation>すべてのセグメントを表示するには、ドメイン フィールドで Esc キーを押してください。</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%Ln segment(s) publish(es) “%1”.</source>
        <translation>
            <numerusform>%Ln 個のセグメントが「%1」を公開しています。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zc::Area</name>
    <message>
        <location filename="../ui/pages/Area.cpp" line="+24"/>
        <source>Device OTP</source>
        <translation>デバイス OTP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deep traces</source>
        <translation>Deep Trace</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>URL lookup</source>
        <translation>URL 検索</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>App segments</source>
        <translation>アプリ セグメント</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connector groups</source>
        <translation>コネクター グループ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activation</source>
        <translation>有効化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Snapshots</source>
        <translation>スナップショット</translation>
    </message>
</context>
<context>
    <name>zc::BusyBar</name>
    <message>
        <location filename="../ui/widgets/BusyBar.cpp" line="+18"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Loading page %1 of %2…</source>
        <translation>ページ %1/%2 を読み込み中…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading page %1…</source>
        <translation>ページ %1 を読み込み中…</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
</context>
<context>
    <name>zc::ChartExport</name>
    <message>
        <location filename="../ui/widgets/ChartExport.cpp" line="+49"/>
        <source>There is no data to export.</source>
        <translation>エクスポートするデータがありません。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is nothing to draw.</source>
        <translation>描画するものがありません。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export Chart</source>
        <translation>グラフのエクスポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png);;CSV files (*.csv);;JSON files (*.json)</source>
        <translation>PNG 画像 (*.png);;CSV ファイル (*.csv);;JSON ファイル (*.json)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export Failed</source>
        <translation>エクスポート失敗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write %1: %2</source>
        <translation>%1 を書き込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>zc::ChartWithTable</name>
    <message>
        <location filename="../ui/widgets/ChartWithTable.cpp" line="+31"/>
        <source>Chart</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the picture</source>
        <translation>図を表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the same data as a table</source>
        <translation>同じデータを表として表示</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the picture as PNG or the data as CSV or JSON</source>
        <translation>図を PNG として、またはデータを CSV か JSON として保存します</translation>
    </message>
</context>
<context>
    <name>zc::CloudPathDiagram</name>
    <message>
        <location filename="../ui/pages/zdx/CloudPathDiagram.cpp" line="+50"/>
        <source>Cloud path diagram</source>
        <translation>クラウド経路図</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <source>Client</source>
        <translation>クライアント</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Egress</source>
        <translation>出口</translation>
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
        <translation>アプリケーション</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Hop %1</source>
        <translation>ホップ %1</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Hop %1 of %2 → %3: %4</source>
        <translation>ホップ %1/%2 → %3: %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gateway: %1 %2</source>
        <translation>ゲートウェイ: %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latency: min %1, avg %2, max %3 ms; adds %4 ms</source>
        <translation>遅延: 最小 %1、平均 %2、最大 %3 ms。%4 ms 増加</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 of %n probe(s) answered (%2 % lost)</source>
        <translation>
            <numerusform>%n 個のプローブのうち %1 個が応答（%2 % 損失）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This deep trace ran no cloud-path probe, or it has no samples yet.</source>
        <translation>この Deep Trace ではクラウド経路プローブが実行されなかったか、まだサンプルがありません。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 → %2 (%3 → %4): %5 ms, %6 % loss, %n hop(s)</source>
        <translation>
            <numerusform>%1 → %2（%3 → %4）: %5 ms、損失 %6 %、%n ホップ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>hop %1 %2: %3</source>
        <translation>ホップ %1 %2: %3</translation>
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
        <translation>損失 %1 %</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>no answer</source>
        <translation>応答なし</translation>
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
            <numerusform>%n 個のプローブ、応答なし</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>min %1 · avg %2 · max %3 ms</source>
        <translation>最小 %1 · 平均 %2 · 最大 %3 ms</translation>
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
        <translation>応答なし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loses packets</source>
        <translation>パケット損失あり</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adds the most latency</source>
        <translation>遅延の増加が最大</translation>
    </message>
</context>
<context>
    <name>zc::CloudPathView</name>
    <message>
        <location filename="../ui/pages/zdx/CloudPathView.cpp" line="+60"/>
        <source>Show the whole trace summed up, or one sample</source>
        <translation>トレース全体の集計、または 1 つのサンプルを表示します</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Latency and loss of each leg over the deep trace</source>
        <translation>Deep Trace 全体での各区間の遅延と損失</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;ample:</source>
        <translation>サンプル(&amp;A):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cloud path</source>
        <translation>クラウド経路</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+42"/>
        <source>This deep trace ran no cloud-path probe, or it has no samples yet.</source>
        <translation>この Deep Trace ではクラウド経路プローブが実行されなかったか、まだサンプルがありません。</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Whole trace</source>
        <translation>トレース全体</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Latency per leg</source>
        <translation>区間ごとの遅延</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Packet loss per leg</source>
        <translation>区間ごとのパケット損失</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 loses %2 % of packets</source>
        <translation>%1 でパケットの %2 % が失われています</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 adds the most latency (%2 ms)</source>
        <translation>%1 で遅延の増加が最大です（%2 ms）</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n hop(s) never answer</source>
        <translation>
            <numerusform>%n 個のホップが応答しません</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over the whole trace</source>
        <translation>トレース全体</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In this sample</source>
        <translation>このサンプル内</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 no hop lost packets.</source>
        <translation>%1、パケットを失ったホップはありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2.</source>
        <translation>%1: %2。</translation>
    </message>
</context>
<context>
    <name>zc::ConnectionSettings</name>
    <message>
        <location filename="../models/oneapi/ConnectionSettings.cpp" line="+146"/>
        <source>The client ID is missing.</source>
        <translation>クライアント ID がありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A custom cloud needs a token URL.</source>
        <translation>カスタム クラウドにはトークン URL が必要です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A custom cloud needs an API URL.</source>
        <translation>カスタム クラウドには API URL が必要です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The vanity domain must be a single DNS label such as &quot;acme&quot;.</source>
        <translation>バニティ ドメインは &quot;acme&quot; のような単一の DNS ラベルである必要があります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The token URL is not a valid URL.</source>
        <translation>トークン URL が有効な URL ではありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token URL must use https (plain http is allowed only to this computer).</source>
        <translation>トークン URL には https を使用する必要があります（暗号化されていない http はこのコンピューターに対してのみ使用できます）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The API URL is not a valid URL.</source>
        <translation>API URL が有効な URL ではありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The API URL must use https (plain http is allowed only to this computer).</source>
        <translation>API URL には https を使用する必要があります（暗号化されていない http はこのコンピューターに対してのみ使用できます）。</translation>
    </message>
</context>
<context>
    <name>zc::ConnectorDetails</name>
    <message>
        <location filename="../ui/pages/ztw/ConnectorDetails.cpp" line="+59"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (all active)</source>
        <translation>%1（すべてアクティブ）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (all inactive)</source>
        <translation>%1（すべて非アクティブ）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+134"/>
        <source>%1 (%2 inactive)</source>
        <translation>%1（%2 個が非アクティブ）</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 IP</source>
        <translation>%1 IP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 netmask</source>
        <translation>%1 ネットマスク</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 gateway</source>
        <translation>%1 ゲートウェイ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 DNS</source>
        <translation>%1 DNS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 network type</source>
        <translation>%1 ネットワーク タイプ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deployment</source>
        <translation>デプロイ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zone</source>
        <translation>ゾーン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>ロケーション</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+20"/>
        <source>Template</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Tunnel mode</source>
        <translation>トンネル モード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VMs</source>
        <translation>VM</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+17"/>
        <source>Instances</source>
        <translation>インスタンス</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Operational status</source>
        <translation>運用ステータス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration</source>
        <translation>登録</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form factor</source>
        <translation>フォーム ファクター</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build version</source>
        <translation>ビルド バージョン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last upgrade</source>
        <translation>最終アップグレード</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High availability</source>
        <translation>高可用性</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>NAT IP</source>
        <translation>NAT IP</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>ZIA gateway</source>
        <translation>ZIA ゲートウェイ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ZPA broker</source>
        <translation>ZPA ブローカー</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Management</source>
        <translation>管理</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flags</source>
        <translation>フラグ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instance type</source>
        <translation>インスタンス タイプ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virtual</source>
        <translation>仮想</translation>
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
            <numerusform>%Ln 個のグループ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln VM(s)</source>
        <translation>
            <numerusform>%Ln 個の VM</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln instance(s)</source>
        <translation>
            <numerusform>%Ln 個のインスタンス</numerusform>
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
        <translation>名前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zone</source>
        <translation>ゾーン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>ロケーション</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAT IP</source>
        <translation>NAT IP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ZIA gateway</source>
        <translation>ZIA ゲートウェイ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ZPA broker</source>
        <translation>ZPA ブローカー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build</source>
        <translation>ビルド</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form factor</source>
        <translation>フォーム ファクター</translation>
    </message>
</context>
<context>
    <name>zc::ConnectorGroupsPage</name>
    <message>
        <location filename="../ui/pages/ztw/ConnectorGroupsPage.cpp" line="+46"/>
        <source>E&amp;xpand All</source>
        <translation>すべて展開(&amp;X)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ollapse All</source>
        <translation>すべて折りたたむ(&amp;O)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Load the connector groups again (F5)</source>
        <translation>コネクター グループを再読み込み（F5）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connector groups</source>
        <translation>コネクター グループ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No groups, VMs or instances match “%1”. Clear the filter.</source>
        <translation>「%1」に一致するグループ、VM、インスタンスはありません。フィルターをクリアしてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading the Cloud &amp; Branch Connector groups…</source>
        <translation>Cloud &amp; Branch Connector グループを読み込み中…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by name, platform, zone, NAT IP, gateway, broker or build (%1)</source>
        <translation>名前、プラットフォーム、ゾーン、NAT IP、ゲートウェイ、ブローカー、ビルドでフィルター（%1）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show every VM and instance</source>
        <translation>すべての VM とインスタンスを表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the groups</source>
        <translation>グループのみを表示</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select a group, VM or instance to see its networks.</source>
        <translation>ネットワークを表示するには、グループ、VM、またはインスタンスを選択してください。</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Sign in to a tenant to see its connector groups.</source>
        <translation>コネクター グループを表示するには、テナントにサインインしてください。</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Loading was cancelled. The tree shows the groups loaded before.</source>
        <translation>読み込みはキャンセルされました。ツリーには以前に読み込んだグループが表示されています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading was cancelled. Retry to load the connector groups.</source>
        <translation>読み込みはキャンセルされました。コネクター グループを読み込むには再試行してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading was cancelled. Press F5 to load the groups.</source>
        <translation>読み込みはキャンセルされました。グループを読み込むには F5 キーを押してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connector groups could not be loaded: see the message above.</source>
        <translation>コネクター グループを読み込めませんでした。上のメッセージを確認してください。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cloud &amp; Branch Connector groups</source>
        <translation>Cloud &amp; Branch Connector グループ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign in to a tenant to see its Cloud &amp; Branch Connector groups.</source>
        <translation>Cloud &amp; Branch Connector グループを表示するには、テナントにサインインしてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No Cloud &amp; Branch Connector groups in this tenant.
Groups appear once a connector is deployed from a provisioning template; press F5 to look again.</source>
        <translation>このテナントには Cloud &amp; Branch Connector グループがありません。
グループはプロビジョニング テンプレートからコネクターをデプロイすると表示されます。もう一度確認するには F5 キーを押してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press F5 to load the Cloud &amp; Branch Connector groups.</source>
        <translation>Cloud &amp; Branch Connector グループを読み込むには F5 キーを押してください。</translation>
    </message>
</context>
<context>
    <name>zc::ConnectorStatusProxyModel</name>
    <message>
        <location filename="../ui/pages/ztw/ConnectorStatusProxyModel.cpp" line="+58"/>
        <source>Active</source>
        <translation>アクティブ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inactive</source>
        <translation>非アクティブ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown</source>
        <translation>不明</translation>
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
        <translation>未開始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>開始済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>実行中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abort initiated</source>
        <translation>中止処理中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aborted</source>
        <translation>中止済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incomplete</source>
        <translation>不完全</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>zc::DeepTraceController</name>
    <message>
        <location filename="../models/zdx/DeepTraceController.cpp" line="+99"/>
        <source>Searching ZDX for “%1”…</source>
        <translation>ZDX で「%1」を検索中…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the deep traces of %1…</source>
        <translation>%1 の Deep Trace を読み込み中…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starting a deep trace on %1…</source>
        <translation>%1 で Deep Trace を開始中…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleting the deep trace “%1”…</source>
        <translation>Deep Trace「%1」を削除中…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the results of the deep trace…</source>
        <translation>Deep Trace の結果を読み込み中…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Following the deep trace “%1”…</source>
        <translation>Deep Trace「%1」を追跡中…</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>%1 already has a deep trace running. ZDX runs one deep trace per device at a time: wait for it to complete, or delete it, then start a new one.</source>
        <translation>%1 では既に Deep Trace が実行中です。ZDX で同時に実行できる Deep Trace はデバイスごとに 1 つです。完了を待つか削除してから、新しい Deep Trace を開始してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 already has a deep trace running (“%2”). ZDX runs one deep trace per device at a time: wait for it to complete, or delete it, then start a new one.</source>
        <translation>%1 では既に Deep Trace（「%2」）が実行中です。ZDX で同時に実行できる Deep Trace はデバイスごとに 1 つです。完了を待つか削除してから、新しい Deep Trace を開始してください。</translation>
    </message>
</context>
<context>
    <name>zc::DeepTraceSettings</name>
    <message>
        <location filename="../models/zdx/DeepTraceSettings.cpp" line="+23"/>
        <source>A deep trace needs a session name.</source>
        <translation>Deep Trace にはセッション名が必要です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The session name is longer than 128 characters.</source>
        <translation>セッション名が 128 文字を超えています。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A deep trace lasts 5, 15, 30 or 60 minutes, not %1.</source>
        <translation>Deep Trace の期間は 5、15、30、60 分のいずれかです（%1 ではありません）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Application and probe IDs are positive numbers.</source>
        <translation>アプリケーション ID とプローブ ID は正の数値です。</translation>
    </message>
</context>
<context>
    <name>zc::DeepTraceStartJob</name>
    <message>
        <location filename="../models/zdx/DeepTraceStartJob.cpp" line="+34"/>
        <source>A device ID is needed.</source>
        <translation>デバイス ID が必要です。</translation>
    </message>
</context>
<context>
    <name>zc::DeepTracesPage</name>
    <message>
        <location filename="../ui/pages/zdx/DeepTracesPage.cpp" line="+51"/>
        <source>&amp;Search</source>
        <translation>検索(&amp;S)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>&amp;Find device:</source>
        <translation>デバイスを検索(&amp;F):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User e-mail, user name or device name</source>
        <translation>ユーザーのメール アドレス、ユーザー名、またはデバイス名</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Devices</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a user&apos;s e-mail, a user name or part of a device name above and press Enter.</source>
        <translation>上にユーザーのメール アドレス、ユーザー名、またはデバイス名の一部を入力し、Enter キーを押してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No devices match “%1”. Clear the filter.</source>
        <translation>「%1」に一致するデバイスはありません。フィルターをクリアしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+96"/>
        <location line="+132"/>
        <source>Select a completed deep trace to see its results.</source>
        <translation>結果を表示するには、完了した Deep Trace を選択してください。</translation>
    </message>
    <message>
        <location line="-187"/>
        <source>Loading the results of the deep trace (%1 of %2)…</source>
        <translation>Deep Trace の結果を読み込み中（%1/%2）…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The deep trace %1 no longer exists; it was deleted elsewhere. The list is loaded again.</source>
        <translation>Deep Trace %1 はもう存在しません。別の場所で削除されました。一覧を再読み込みします。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Pick a device to see its deep traces.</source>
        <translation>Deep Trace を表示するには、デバイスを選択してください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ZDX is in read-only mode for maintenance: you can look at deep traces and their results, but not start or delete them until it ends.</source>
        <translation>ZDX はメンテナンスのため読み取り専用モードです。Deep Trace とその結果は表示できますが、終了するまで開始や削除はできません。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Type a user&apos;s e-mail, a user name or part of a device name to search.</source>
        <translation>検索するには、ユーザーのメール アドレス、ユーザー名、またはデバイス名の一部を入力してください。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ZDX knows no device for “%1”. Check the spelling, or search for the user&apos;s e-mail.</source>
        <translation>ZDX に「%1」のデバイスはありません。綴りを確認するか、ユーザーのメール アドレスで検索してください。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>ZDX knows no device of %1. The device may not have reported to ZDX yet, or the user is not monitored by ZDX.</source>
        <translation>ZDX に %1 のデバイスはありません。デバイスがまだ ZDX に報告していないか、ユーザーが ZDX で監視されていない可能性があります。</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%1 has %n ZDX devices named %2. Pick the right one from the list.</source>
        <translation>
            <numerusform>%1 には %2 という名前の ZDX デバイスが %n 台あります。一覧から正しいデバイスを選択してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 has %n ZDX device(s). Pick one from the list.</source>
        <translation>
            <numerusform>%1 には ZDX デバイスが %n 台あります。一覧から 1 台を選択してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>None of the ZDX devices of %1 is named %2. Pick the right one from the %n device(s) listed.</source>
        <translation>
            <numerusform>%1 の ZDX デバイスに %2 という名前のものはありません。一覧の %n 台から正しいデバイスを選択してください。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Start a %1-minute deep trace on %2?</source>
        <translation>%2 で %1 分間の Deep Trace を開始しますか？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Session name: %1. No other deep trace can run on this device until it ends.</source>
        <translation>セッション名: %1。終了するまで、このデバイスでは他の Deep Trace を実行できません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start deep trace</source>
        <translation>Deep Trace を開始</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Deep trace “%1” started on %2. Its status refreshes by itself; the results appear below when it has completed.</source>
        <translation>Deep Trace「%1」を %2 で開始しました。ステータスは自動的に更新され、完了すると結果が下に表示されます。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Deep trace “%1” has ended without completing.</source>
        <translation>Deep Trace「%1」は完了せずに終了しました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deep trace “%1” has completed; its results are below.</source>
        <translation>Deep Trace「%1」が完了しました。結果は下に表示されています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deep trace “%1” has completed. Select it to see its results.</source>
        <translation>Deep Trace「%1」が完了しました。結果を表示するには選択してください。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Delete the deep trace “%1” on %2? It is still running: deleting it stops it and its data is lost.</source>
        <translation>%2 の Deep Trace「%1」を削除しますか？まだ実行中です。削除すると停止し、データは失われます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the deep trace “%1” on %2? Its results are deleted with it.</source>
        <translation>%2 の Deep Trace「%1」を削除しますか？結果も一緒に削除されます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete deep trace</source>
        <translation>Deep Trace を削除</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Deleted the deep trace “%1”.</source>
        <translation>Deep Trace「%1」を削除しました。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Loading the results…</source>
        <translation>結果を読み込み中…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The results could not be loaded.</source>
        <translation>結果を読み込めませんでした。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The tenant already runs as many deep traces as ZDX allows. Wait for one to end, or delete one, then press Retry.</source>
        <translation>テナントでは既に ZDX の上限数の Deep Trace が実行中です。いずれかが終了するのを待つか、いずれかを削除してから、［再試行］を押してください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelled. Press Retry to try again.</source>
        <translation>キャンセルしました。もう一度試すには［再試行］を押してください。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sign in to a tenant to work with ZDX deep traces.</source>
        <translation>ZDX の Deep Trace を使用するには、テナントにサインインしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find the user&apos;s device to see and start its deep traces.</source>
        <translation>Deep Trace を表示・開始するには、ユーザーのデバイスを検索してください。</translation>
    </message>
</context>
<context>
    <name>zc::DemoTenant</name>
    <message>
        <location filename="../demo/DemoTenant.cpp" line="+87"/>
        <source>The demo tenant could not start: %1</source>
        <translation>デモ テナントを起動できませんでした: %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The demo tenant could not generate its signing key.</source>
        <translation>デモ テナントが署名キーを生成できませんでした。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Demo tenant</source>
        <translation>デモ テナント</translation>
    </message>
</context>
<context>
    <name>zc::DetailPane</name>
    <message>
        <location filename="../ui/widgets/DetailPane.cpp" line="+29"/>
        <source>Select a row to see its details.</source>
        <translation>詳細を表示するには、行を選択してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Copy JSON</source>
        <translation>JSON をコピー(&amp;C)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copy the raw JSON of this record</source>
        <translation>このレコードの生 JSON をコピー</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+8"/>
        <source>Raw JSON</source>
        <translation>生 JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details of the selected row</source>
        <translation>選択した行の詳細</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields</source>
        <translation>フィールド</translation>
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
        <translation>はい</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
</context>
<context>
    <name>zc::DeviceFinder</name>
    <message>
        <location filename="../models/zdx/DeviceFinder.cpp" line="+30"/>
        <source>%1 page %2 of %3</source>
        <translation>%1 ページ %2/%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 page %2</source>
        <translation>%1 ページ %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Searching ZDX users…</source>
        <translation>ZDX ユーザーを検索中…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Searching ZDX devices…</source>
        <translation>ZDX デバイスを検索中…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Looking up the devices&apos; users…</source>
        <translation>デバイスのユーザーを検索中…</translation>
    </message>
    <message>
        <location filename="../models/zdx/DeviceSearchModel.cpp" line="+23"/>
        <source>User ID %1</source>
        <translation>ユーザー ID %1</translation>
    </message>
</context>
<context>
    <name>zc::DeviceOtpPage</name>
    <message>
        <location filename="../ui/pages/zcc/DeviceOtpPage.cpp" line="+101"/>
        <source>Login or e-mail, e.g. jane.doe@example.com</source>
        <translation>ログインまたはメール アドレス（例: jane.doe@example.com）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user&apos;s login as Client Connector knows it (matched exactly, case does not matter). Press Enter to search.</source>
        <translation>Client Connector が認識しているユーザーのログインです（完全一致、大文字と小文字は区別しません）。Enter キーを押して検索します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optional: part of the hostname</source>
        <translation>省略可: ホスト名の一部</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search</source>
        <translation>検索(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the user&apos;s devices (Enter). A list fetched in the last few minutes is reused without a call.</source>
        <translation>ユーザーのデバイスを一覧表示します（Enter）。数分以内に取得した一覧は、呼び出しを行わずに再利用されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hostname:</source>
        <translation>ホスト名(&amp;H):</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The Client Connector API allows about 100 calls an hour. Every page of a device list and every OTP retrieval is one call.</source>
        <translation>Client Connector API の呼び出しは 1 時間あたり約 100 回までです。デバイス一覧の各ページと各 OTP の取得がそれぞれ 1 回の呼び出しになります。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Devices</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Filter the list (no calls): hostname, OS, version…</source>
        <translation>一覧をフィルター（呼び出しなし）: ホスト名、OS、バージョン…</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Fetching the one-time passwords of %1…</source>
        <translation>%1 のワンタイム パスワードを取得中…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+268"/>
        <source>Looking up devices…</source>
        <translation>デバイスを検索中…</translation>
    </message>
    <message>
        <location line="-267"/>
        <source>Looking up the devices of %1…</source>
        <translation>%1 のデバイスを検索中…</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+234"/>
        <source>Not signed in. Sign in to a profile to look up devices.</source>
        <translation>サインインしていません。デバイスを検索するには、プロファイルでサインインしてください。</translation>
    </message>
    <message>
        <location line="-225"/>
        <source>Type a user&apos;s login or e-mail (or part of a hostname) first.</source>
        <translation>先にユーザーのログインまたはメール アドレス（またはホスト名の一部）を入力してください。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Fetching…</source>
        <translation>取得中…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 is no longer in the list. Search again, then pick it.</source>
        <translation>%1 はもう一覧にありません。再度検索してから選択してください。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The tenant returned no one-time passwords for this device.</source>
        <translation>テナントからこのデバイスのワンタイム パスワードは返されませんでした。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Fetched at %1. The values stay hidden until you reveal them; Copy puts one on the clipboard for %n second(s).</source>
        <translation>
            <numerusform>%1 に取得しました。値は表示するまで非表示のままです。［コピー］でクリップボードに %n 秒間コピーされます。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>This API client is not entitled to Client Connector (ZCC), so it cannot list devices or read one-time passwords. An administrator can grant it in ZIdentity.</source>
        <translation>この API クライアントには Client Connector（ZCC）の権限がないため、デバイスの一覧表示やワンタイム パスワードの読み取りはできません。管理者が ZIdentity で権限を付与できます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled. Press Retry to ask again.</source>
        <translation>キャンセルしました。もう一度問い合わせるには［再試行］を押してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Client Connector is in read-only mode right now. Looking up devices and one-time passwords still works: both only read.</source>
        <translation>Client Connector は現在読み取り専用モードです。デバイスとワンタイム パスワードの検索は読み取りのみのため、引き続き使用できます。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No list fetched yet.</source>
        <translation>まだ一覧を取得していません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>just now</source>
        <translation>たった今</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 s ago</source>
        <translation>%1 秒前</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min ago</source>
        <translation>%1 分前</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h ago</source>
        <translation>%1 時間前</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fetched %1; the next search or F5 asks the tenant again.</source>
        <translation>%1 に取得しました。次の検索または F5 キーでテナントに再度問い合わせます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetched %1, from cache (no call spent).</source>
        <translation>%1 に取得しました（キャッシュから。呼び出しは使用していません）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetched %1.</source>
        <translation>%1 に取得しました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Device lists are reused for %1 min to spare the hourly budget of Client Connector calls. F5 fetches the list again.</source>
        <translation>Client Connector の 1 時間あたりの呼び出し上限を節約するため、デバイス一覧は %1 分間再利用されます。F5 キーで一覧を再取得します。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Client Connector: about 100 calls an hour</source>
        <translation>Client Connector: 1 時間あたり約 100 回の呼び出し</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 calls left this hour</source>
        <translation>この 1 時間の残り呼び出し回数: %1/%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 calls left this hour</source>
        <translation>この 1 時間の残り呼び出し回数: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No devices match “%1”. Press Esc to clear the filter.</source>
        <translation>「%1」に一致するデバイスはありません。フィルターをクリアするには Esc キーを押してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The search was cancelled. Press Retry above to ask again.</source>
        <translation>検索はキャンセルされました。もう一度問い合わせるには、上の［再試行］を押してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The search failed — see the message above.</source>
        <translation>検索に失敗しました。上のメッセージを確認してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The search failed — see the message above and press Retry.</source>
        <translation>検索に失敗しました。上のメッセージを確認し、［再試行］を押してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a user&apos;s login or e-mail above and press Enter to list their devices.</source>
        <translation>デバイスを一覧表示するには、上にユーザーのログインまたはメール アドレスを入力して Enter キーを押してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No device of %1 has “%2” in its hostname.</source>
        <translation>ホスト名に「%2」を含む %1 のデバイスはありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No Client Connector devices for “%1”. Check the login: it must match exactly.</source>
        <translation>「%1」の Client Connector デバイスはありません。ログインを確認してください。完全に一致する必要があります。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No device has “%1” in its hostname.</source>
        <translation>ホスト名に「%1」を含むデバイスはありません。</translation>
    </message>
</context>
<context>
    <name>zc::DeviceOtpPane</name>
    <message>
        <location filename="../ui/pages/zcc/DeviceOtpPane.cpp" line="+62"/>
        <source>Copy the main OTP</source>
        <translation>メイン OTP をコピー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;deep traces</source>
        <translation>Deep Trace を開く(&amp;D)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Get OTPs</source>
        <translation>OTP を取得(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetch the device&apos;s one-time passwords (Enter in the list). One call of the hourly budget; written to the audit list.</source>
        <translation>デバイスのワンタイム パスワードを取得します（一覧で Enter）。1 時間あたりの呼び出し上限のうち 1 回を使用し、監査リストに記録されます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+101"/>
        <source>&amp;Reveal all</source>
        <translation>すべて表示(&amp;R)</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Show every one-time password; they hide again after a minute.</source>
        <translation>すべてのワンタイム パスワードを表示します。1 分後に再び非表示になります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Copy main OTP</source>
        <translation>メイン OTP をコピー(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the one-time password (else the first one) without revealing it (%1). The clipboard clears itself.</source>
        <translation>ワンタイム パスワード（ない場合は最初のもの）を表示せずにコピーします（%1）。クリップボードは自動的にクリアされます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Look at this device&apos;s ZDX deep traces or start one.</source>
        <translation>このデバイスの ZDX Deep Trace を表示するか、新たに開始します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deep traces…</source>
        <translation>Deep Trace…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the device&apos;s ZDX deep traces (%1).</source>
        <translation>デバイスの ZDX Deep Trace を開きます（%1）。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>One-time passwords</source>
        <translation>ワンタイム パスワード</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No device selected</source>
        <translation>デバイスが選択されていません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick a device in the list (arrow keys), then press Enter or Get OTPs.</source>
        <translation>一覧でデバイスを選択し（矢印キー）、Enter キーまたは［OTP を取得］を押してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to a profile to look up devices.</source>
        <translation>デバイスを検索するには、プロファイルでサインインしてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The one-time passwords of the selected device show here, hidden until you reveal them.</source>
        <translation>選択したデバイスのワンタイム パスワードがここに表示されます。表示するまでは非表示です。</translation>
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
        <translation>ワンタイム パスワードを取得中…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Enter in the list or Get OTPs to fetch this device&apos;s one-time passwords. That is one call of the hourly budget, and it is written to the audit list.</source>
        <translation>このデバイスのワンタイム パスワードを取得するには、一覧で Enter キーを押すか［OTP を取得］を押してください。1 時間あたりの呼び出し上限のうち 1 回を使用し、監査リストに記録されます。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>H&amp;ide all</source>
        <translation>すべて非表示(&amp;I)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Copied the “%1” one-time password. The clipboard clears itself in %2 seconds unless you copy something else meanwhile.</source>
        <translation>「%1」のワンタイム パスワードをコピーしました。その間に他のものをコピーしない限り、クリップボードは %2 秒後に自動的にクリアされます。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All one-time passwords are shown.</source>
        <translation>すべてのワンタイム パスワードが表示されています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All one-time passwords are hidden.</source>
        <translation>すべてのワンタイム パスワードが非表示になっています。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No one-time password to copy yet: pick a device and press Enter to fetch its OTPs.</source>
        <translation>コピーできるワンタイム パスワードはまだありません。デバイスを選択し、Enter キーを押して OTP を取得してください。</translation>
    </message>
</context>
<context>
    <name>zc::DeviceTracesPane</name>
    <message>
        <location filename="../ui/pages/zdx/DeviceTracesPane.cpp" line="+24"/>
        <source>S&amp;tart deep trace…</source>
        <translation>Deep Trace を開始(&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Load this device&apos;s deep traces again (F5)</source>
        <translation>このデバイスの Deep Trace を再読み込み（F5）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Deep traces</source>
        <translation>Deep Trace</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick a device to see its deep traces.</source>
        <translation>Deep Trace を表示するには、デバイスを選択してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No deep traces match “%1”. Clear the filter.</source>
        <translation>「%1」に一致する Deep Trace はありません。フィルターをクリアしてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete deep trace…</source>
        <translation>Deep Trace を削除…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · ZDX device %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · ZDX デバイス %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · ZDX device %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · ZDX デバイス %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No deep traces on %1 yet. Start one with Start deep trace….</source>
        <translation>%1 にはまだ Deep Trace がありません。［Deep Trace を開始…］で開始してください。</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Following %n running trace(s): the status refreshes by itself, less often while nothing changes.</source>
        <translation>
            <numerusform>実行中の %n 件のトレースを追跡中: ステータスは自動的に更新されます（変化がない間は更新の間隔が長くなります）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ZDX is in read-only mode: deep traces cannot be started or deleted now.</source>
        <translation>ZDX は読み取り専用モードです。現在 Deep Trace の開始や削除はできません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a deep trace on this device</source>
        <translation>このデバイスで Deep Trace を開始</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the selected deep trace and its results (Del)</source>
        <translation>選択した Deep Trace とその結果を削除（Del）</translation>
    </message>
</context>
<context>
    <name>zc::DiagnosticLog</name>
    <message>
        <location filename="../models/net/DiagnosticLog.cpp" line="+95"/>
        <source>Cannot create the log folder %1.</source>
        <translation>ログ フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+12"/>
        <source>Cannot restrict the log file %1 to its owner.</source>
        <translation>ログ ファイル %1 へのアクセスを所有者だけに制限できません。</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Cannot open the log file %1: %2</source>
        <translation>ログ ファイル %1 を開けません: %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cannot write the log file %1: %2</source>
        <translation>ログ ファイル %1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>zc::ErrorBanner</name>
    <message>
        <location filename="../ui/widgets/ErrorBanner.cpp" line="+23"/>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>This API client is not entitled to %1. An administrator can grant it in ZIdentity.</source>
        <translation>この API クライアントには %1 の権限がありません。管理者が ZIdentity で権限を付与できます。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Information</source>
        <translation>情報</translation>
    </message>
</context>
<context>
    <name>zc::HealthChartsView</name>
    <message>
        <location filename="../ui/pages/zdx/HealthChartsView.cpp" line="+28"/>
        <source>Device health over the deep trace</source>
        <translation>Deep Trace 期間中のデバイスの正常性</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>ZDX recorded no health metrics for this trace.</source>
        <translation>このトレースについて、ZDX は正常性メトリックを記録していません。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>above %1 %</source>
        <translation>%1 % 超</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>weaker than -70 dBm</source>
        <translation>-70 dBm より弱い</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%1 in %n sample(s)</source>
        <comment>above 80 % in 2 samples</comment>
        <translation>
            <numerusform>%n 個のサンプルで %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>no data in %n sample(s)</source>
        <translation>
            <numerusform>%n 個のサンプルでデータなし</numerusform>
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
        <translation>正常性サンプルはまだありません。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n sample(s); every metric stayed in its usual range.</source>
        <translation>
            <numerusform>%n 個のサンプル。すべてのメトリックが通常の範囲内でした。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n sample(s): %1.</source>
        <translation>
            <numerusform>%n 個のサンプル: %1。</numerusform>
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
        <translation>メモリ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disk I/O</source>
        <translation>ディスク I/O</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network bandwidth</source>
        <translation>ネットワーク帯域幅</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wi-Fi signal</source>
        <translation>Wi-Fi 信号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page fetch time</source>
        <translation>ページ取得時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server response time</source>
        <translation>サーバー応答時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DNS time</source>
        <translation>DNS 時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Availability</source>
        <translation>可用性</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (%2)</source>
        <comment>metric (unit)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
</context>
<context>
    <name>zc::HttpLog</name>
    <message>
        <location filename="../models/net/HttpLog.cpp" line="+38"/>
        <source>Keeping under %1&apos;s rate limit: next request in %2 s.</source>
        <translation>%1 のレート制限内に収めるため、次のリクエストは %2 秒後です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rate limited by %1, retrying in %2 s.</source>
        <translation>%1 によりレート制限されました。%2 秒後に再試行します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is temporarily unavailable, retrying in %2 s.</source>
        <translation>%1 は一時的に利用できません。%2 秒後に再試行します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 answered with a server error, retrying in %2 s.</source>
        <translation>%1 がサーバー エラーを返しました。%2 秒後に再試行します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is locked by another administrator&apos;s edit, retrying in %2 s.</source>
        <translation>%1 は別の管理者の編集によりロックされています。%2 秒後に再試行します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The connection to %1 was lost, retrying in %2 s.</source>
        <translation>%1 への接続が切断されました。%2 秒後に再試行します。</translation>
    </message>
</context>
<context>
    <name>zc::KeyDialog</name>
    <message>
        <location filename="../ui/dialogs/KeyDialog.cpp" line="+39"/>
        <source>Private key</source>
        <translation>秘密キー</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key pair</source>
        <translation>キー ペア</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import from file…</source>
        <translation>ファイルからインポート…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RSA 2048 bits</source>
        <translation>RSA 2048 ビット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RSA 3072 bits</source>
        <translation>RSA 3072 ビット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RSA 4096 bits</source>
        <translation>RSA 4096 ビット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EC P-256</source>
        <translation>EC P-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>or generate a new pair:</source>
        <translation>または新しいペアを生成:</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+244"/>
        <source>No key yet.</source>
        <translation>キーはまだありません。</translation>
    </message>
    <message>
        <location line="-212"/>
        <location line="+3"/>
        <source>Public key (PEM)</source>
        <translation>公開キー（PEM）</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>JWKS</source>
        <translation>JWKS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public key formats</source>
        <translation>公開キーの形式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public key as JWKS</source>
        <translation>JWKS 形式の公開キー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Register the public key in ZIdentity: in the admin portal open Integration › API Clients, edit this client, choose private key JWT authentication and upload the PEM file, or paste the JWKS document. The private key itself never leaves this computer: it is kept in the system keychain, unencrypted there even when the imported file had a passphrase, so the keychain&apos;s own lock (your login) is what protects it; the passphrase is not stored.</source>
        <translation>公開キーを ZIdentity に登録してください: 管理ポータルで［Integration › API Clients］を開き、このクライアントを編集して、秘密キー JWT 認証を選択し、PEM ファイルをアップロードするか、JWKS ドキュメントを貼り付けます。秘密キー自体がこのコンピューターから出ることはありません。システムのキーチェーンに保管されます。インポートしたファイルにパスフレーズがあった場合でも、キーチェーン内では暗号化されずに保管されるため、キーを保護するのはキーチェーン自体のロック（ログイン）です。パスフレーズは保存されません。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Use this key</source>
        <translation>このキーを使用</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Import a private key</source>
        <translation>秘密キーをインポート</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PEM keys (*.pem *.key);;All files (*)</source>
        <translation>PEM キー (*.pem *.key);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The passphrase does not open the key in %1. Try again:</source>
        <translation>このパスフレーズでは %1 のキーを開けません。もう一度入力してください:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key in %1 is encrypted. Enter its passphrase:</source>
        <translation>%1 のキーは暗号化されています。パスフレーズを入力してください:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encrypted private key</source>
        <translation>暗号化された秘密キー</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This key cannot sign: a test signature did not verify.</source>
        <translation>このキーでは署名できません: テスト署名を検証できませんでした。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The key could not be generated.</source>
        <translation>キーを生成できませんでした。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Generating the key pair…</source>
        <translation>キー ペアを生成中…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Save the JWKS document</source>
        <translation>JWKS ドキュメントを保存</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the public key</source>
        <translation>公開キーを保存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON ファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PEM files (*.pem);;All files (*)</source>
        <translation>PEM ファイル (*.pem);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not write %1: %2</source>
        <translation>%1 を書き込めませんでした: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No key.</source>
        <translation>キーなし。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EC P-256 (ES256)</source>
        <translation>EC P-256 (ES256)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RSA %1 bits (RS256)</source>
        <translation>RSA %1 ビット（RS256）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · key ID %2</source>
        <translation>%1 · キー ID %2</translation>
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
        <translation>ページ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+1 to Ctrl+9 open the pages directly.</source>
        <translation>Ctrl+1～Ctrl+9 で各ページを直接開きます。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1（Ctrl+%2）</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Switch Profile…</source>
        <translation>プロファイルの切り替え(&amp;S)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Demo Tenant</source>
        <translation>デモ テナント(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in to the built-in demo tenant (no network needed)</source>
        <translation>組み込みのデモ テナントにサインインします（ネットワーク不要）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign &amp;Out</source>
        <translation>サインアウト(&amp;O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Se&amp;ttings…</source>
        <translation>設定(&amp;T)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Activity Panel</source>
        <translation>アクティビティ パネル(&amp;A)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About ZConsole</source>
        <translation>ZConsole について(&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Log Folder</source>
        <translation>ログ フォルダーを開く(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows the folder of the diagnostic log that support may ask for.</source>
        <translation>サポートから提出を求められることがある診断ログのフォルダーを表示します。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Log folder</source>
        <translation>ログ フォルダー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The log folder could not be opened. It is %1</source>
        <translation>ログ フォルダーを開けませんでした。場所: %1</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>A native desktop console for Zscaler OneAPI: helpdesk and admin views over ZIA, ZPA, Client Connector, Cloud Connector, ZDX and ZIdentity.</source>
        <translation>Zscaler OneAPI 用のネイティブ デスクトップ コンソールです。ZIA、ZPA、Client Connector、Cloud Connector、ZDX、ZIdentity をヘルプデスク向けと管理者向けのビューで扱えます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(version unknown)</source>
        <translation>（バージョン不明）</translation>
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

Apache License 2.0 の下でライセンスされています。

Qt %3（%4 でビルド）
%5
QtKeychain %6</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About ZConsole</source>
        <translation>ZConsole について</translation>
    </message>
    <message>
        <location line="-263"/>
        <source>Demo tenant</source>
        <translation>デモ テナント</translation>
    </message>
    <message>
        <location line="+352"/>
        <location line="+41"/>
        <source>Sign-in failed</source>
        <translation>サインイン失敗</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>ZConsole could not sign in to %1.

%2</source>
        <translation>ZConsole は %1 にサインインできませんでした。

%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No profile</source>
        <translation>プロファイルなし</translation>
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
        <translation>プロファイル: %1
テナント: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — ZConsole</source>
        <translation>%1 — ZConsole</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Signed out</source>
        <translation>サインアウト済み</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starting the demo tenant…</source>
        <translation>デモ テナントを起動しています…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signing in…</source>
        <translation>サインイン中…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signed in · token valid for %1</source>
        <translation>サインイン済み · トークンの残り有効時間 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in · a new token is fetched with the next request</source>
        <translation>サインイン済み · 次のリクエストで新しいトークンを取得します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The access token expires at %1 (lifetime %2). ZConsole renews it before it runs out.</source>
        <translation>アクセス トークンは %1 に期限切れになります（有効期間 %2）。ZConsole は期限切れになる前に更新します。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: rate budget not reported yet</source>
        <translation>%1: レート上限はまだ報告されていません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 of %3 calls left</source>
        <translation>%1: 残り呼び出し回数 %2/%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 calls left</source>
        <translation>%1: 残り呼び出し回数 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, resets in %1</source>
        <translation>、%1 後にリセット</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the %1 API last reported about its rate limit for this client.</source>
        <translation>%1 API がこのクライアントのレート制限について最後に報告した内容です。</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%1 is in read-only mode: changes are refused until its maintenance ends. Reading still works.</source>
        <translation>
            <numerusform>%1 は読み取り専用モードです。メンテナンスが終了するまで変更は拒否されます。読み取りは引き続き可能です。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The tenant says: “%1”</source>
        <translation>テナントからのメッセージ: 「%1」</translation>
    </message>
</context>
<context>
    <name>zc::MicrotenantModel</name>
    <message>
        <location filename="../models/zpa/MicrotenantModel.cpp" line="+53"/>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default</source>
        <translation>Default</translation>
    </message>
</context>
<context>
    <name>zc::OtpAuditLog</name>
    <message>
        <location filename="../models/zcc/OtpAuditLog.cpp" line="+90"/>
        <source>Cannot read the audit list %1: %2</source>
        <translation>監査リスト %1 を読み取れません: %2</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+30"/>
        <source>Cannot create the folder of the audit list %1.</source>
        <translation>監査リスト %1 のフォルダーを作成できません。</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+10"/>
        <location line="+17"/>
        <location line="+7"/>
        <source>Cannot write the audit list %1: %2</source>
        <translation>監査リスト %1 に書き込めません: %2</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Cannot restrict the audit list %1 to its owner.</source>
        <translation>監査リスト %1 へのアクセスを所有者だけに制限できません。</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile or client</source>
        <translation>プロファイルまたはクライアント</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kinds</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asked by</source>
        <translation>要求者</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device</source>
        <translation>デバイス</translation>
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
        <translation>OTP 監査リスト</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Audit list: OTP retrievals on this computer (%1)</source>
        <translation>監査リスト: このコンピューターでの OTP 取得（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who read which device&apos;s one-time passwords from this computer, newest first. The values themselves are never recorded. Kept in %1 (the last %2).</source>
        <translation>このコンピューターから、誰がどのデバイスのワンタイム パスワードを読み取ったかを新しい順に表示します。値自体は記録されません。%1 に保管されます（最新 %2 件）。</translation>
    </message>
</context>
<context>
    <name>zc::OtpListWidget</name>
    <message>
        <location filename="../ui/pages/zcc/OtpListWidget.cpp" line="+111"/>
        <location line="+68"/>
        <source>Reveal</source>
        <translation>表示</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+68"/>
        <source>Hide</source>
        <translation>非表示</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The %1 one-time password is shown.</source>
        <translation>%1 のワンタイム パスワードが表示されています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The %1 one-time password is hidden.</source>
        <translation>%1 のワンタイム パスワードが非表示になっています。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Hide the %1 one-time password</source>
        <translation>%1 のワンタイム パスワードを非表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the %1 one-time password</source>
        <translation>%1 のワンタイム パスワードを表示</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the %1 one-time password (the clipboard clears itself)</source>
        <translation>%1 のワンタイム パスワードをコピー（クリップボードは自動的にクリアされます）</translation>
    </message>
</context>
<context>
    <name>zc::OtpModel</name>
    <message>
        <location filename="../models/zcc/OtpModel.cpp" line="+51"/>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hidden: reveal to show it.</source>
        <translation>非表示: 表示するには［表示］を押してください。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
</context>
<context>
    <name>zc::OtpSet</name>
    <message>
        <location filename="../models/zcc/OtpSet.cpp" line="+24"/>
        <source>One-time password</source>
        <translation>ワンタイム パスワード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit</source>
        <translation>終了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logout</source>
        <translation>ログアウト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uninstall</source>
        <translation>アンインストール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable ZIA</source>
        <translation>ZIA を無効化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable ZPA</source>
        <translation>ZPA を無効化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable ZDX</source>
        <translation>ZDX を無効化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable Endpoint DLP (ZDP)</source>
        <translation>Endpoint DLP（ZDP）を無効化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable anti-tampering</source>
        <translation>改ざん防止を無効化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deception settings</source>
        <translation>Deception 設定</translation>
    </message>
</context>
<context>
    <name>zc::Pager</name>
    <message>
        <location filename="../models/net/PageParser.cpp" line="+85"/>
        <source>Expected a JSON array of records.</source>
        <translation>レコードの JSON 配列が必要です。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>&quot;%1&quot; is not an array.</source>
        <translation>&quot;%1&quot; は配列ではありません。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Expected a JSON object with &quot;totalPages&quot; and &quot;list&quot;.</source>
        <translation>&quot;totalPages&quot; と &quot;list&quot; を含む JSON オブジェクトが必要です。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Expected a JSON object with &quot;records&quot;.</source>
        <translation>&quot;records&quot; を含む JSON オブジェクトが必要です。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Expected a JSON object with &quot;next_offset&quot;.</source>
        <translation>&quot;next_offset&quot; を含む JSON オブジェクトが必要です。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;next_offset&quot; is not a usable cursor.</source>
        <translation>&quot;next_offset&quot; は使用可能なカーソルではありません。</translation>
    </message>
</context>
<context>
    <name>zc::PagingGuard</name>
    <message>
        <location filename="../models/net/PagingGuard.cpp" line="+56"/>
        <source>%1 pointed back to a page it had already sent (%2); the listing was stopped.</source>
        <translation>%1 が送信済みのページを再び指しました（%2）。一覧の取得を中止しました。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 still announced more after %2 pages, the most one listing may fetch; the listing was stopped. Raise the limit (--max-pages, or paging/maxPages in the settings) if the list is really that long.</source>
        <translation>%1 は、1 回の一覧取得の上限である %2 ページを取得した後も続きがあると通知しました。一覧の取得を中止しました。一覧が本当にそれほど長い場合は、上限（--max-pages、または設定の paging/maxPages）を引き上げてください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 still announced more after %2 records, the most one listing may fetch; the listing was stopped. Raise the limit (--max-records, or paging/maxRecords in the settings) if the list is really that long.</source>
        <translation>%1 は、1 回の一覧取得の上限である %2 件のレコードを取得した後も続きがあると通知しました。一覧の取得を中止しました。一覧が本当にそれほど長い場合は、上限（--max-records、または設定の paging/maxRecords）を引き上げてください。</translation>
    </message>
</context>
<context>
    <name>zc::PrivateKey</name>
    <message>
        <location filename="../models/auth/KeyError.cpp" line="+13"/>
        <source>The key is usable.</source>
        <translation>このキーは使用できます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key file could not be opened or read. Check that it exists and that you are allowed to read it.</source>
        <translation>キー ファイルを開くか読み取ることができませんでした。ファイルが存在し、読み取り権限があることを確認してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not a regular file (a folder, a device or a pipe). Choose the PEM file of the private key.</source>
        <translation>これは通常のファイルではありません（フォルダー、デバイス、パイプなど）。秘密キーの PEM ファイルを選択してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is larger than 1 MiB, so it is not a key file (keys are a few kilobytes). Choose the PEM file of the private key.</source>
        <translation>ファイルが 1 MiB を超えているため、キー ファイルではありません（キーは数 KB 程度です）。秘密キーの PEM ファイルを選択してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not a PEM key. Choose the file that starts with &quot;-----BEGIN PRIVATE KEY-----&quot; or a similar key header.</source>
        <translation>これは PEM キーではありません。&quot;-----BEGIN PRIVATE KEY-----&quot; または同様のキー ヘッダーで始まるファイルを選択してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key is encrypted. Enter its passphrase to open it.</source>
        <translation>キーは暗号化されています。開くにはパスフレーズを入力してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The passphrase does not open this key. Check the passphrase and try again.</source>
        <translation>このパスフレーズではキーを開けません。パスフレーズを確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This key type is not supported; OneAPI needs an RSA key of 2048 bits or more, or an EC key on the P-256 curve.</source>
        <translation>このキーの種類はサポートされていません。OneAPI には 2048 ビット以上の RSA キー、または P-256 曲線の EC キーが必要です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The RSA key has fewer than 2048 bits; OneAPI needs 2048 bits or more. Generate a new key of at least 2048 bits.</source>
        <translation>RSA キーが 2048 ビット未満です。OneAPI には 2048 ビット以上が必要です。2048 ビット以上の新しいキーを生成してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The EC key is not on the P-256 curve; OneAPI only accepts P-256 (prime256v1) for EC keys. Generate a new P-256 key.</source>
        <translation>EC キーが P-256 曲線ではありません。OneAPI で使用できる EC キーは P-256（prime256v1）だけです。新しい P-256 キーを生成してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is a public key or a certificate, not a private key (or the reverse). Choose the other file of the key pair.</source>
        <translation>これは公開キーまたは証明書であり、秘密キーではありません（またはその逆です）。キー ペアのもう一方のファイルを選択してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key is damaged: its private and public parts do not match, so ZIdentity would refuse every sign-in. Export the key again or generate a new one.</source>
        <translation>キーが破損しています: 秘密部分と公開部分が一致しないため、ZIdentity はすべてのサインインを拒否します。キーを再度エクスポートするか、新しいキーを生成してください。</translation>
    </message>
    <message>
        <location filename="../models/auth/KeyFile.cpp" line="+56"/>
        <source>Warning: other users of this computer can read the private key file. Restrict it to yourself (chmod 600 on Linux and macOS).</source>
        <translation>警告: このコンピューターの他のユーザーが秘密キー ファイルを読み取れます。自分だけが読み取れるように制限してください（Linux と macOS では chmod 600）。</translation>
    </message>
</context>
<context>
    <name>zc::Profile</name>
    <message>
        <location filename="../models/profiles/Profile.cpp" line="+29"/>
        <source>The profile name is empty.</source>
        <translation>プロファイル名が空です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile name must not start or end with a space.</source>
        <translation>プロファイル名の先頭または末尾にスペースは使用できません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile name is longer than %1 characters.</source>
        <translation>プロファイル名が %1 文字を超えています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The profile name must not contain &apos;/&apos;, &apos;\&apos; or control characters.</source>
        <translation>プロファイル名に &apos;/&apos;、&apos;\&apos;、または制御文字は使用できません。</translation>
    </message>
</context>
<context>
    <name>zc::ProfileEditorDialog</name>
    <message>
        <location filename="../ui/dialogs/ProfileEditorDialog.cpp" line="+44"/>
        <location line="+265"/>
        <source>New profile</source>
        <translation>新しいプロファイル</translation>
    </message>
    <message>
        <location line="-222"/>
        <source>e.g. Production tenant</source>
        <translation>例: 本番テナント</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Production (zslogin.net)</source>
        <translation>本番（zslogin.net）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beta (zsloginbeta.net)</source>
        <translation>ベータ（zsloginbeta.net）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government (zsloginzgov.net)</source>
        <translation>政府機関（zsloginzgov.net）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government US (zsloginzgovus.net)</source>
        <translation>米国政府機関（zsloginzgovus.net）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom URLs</source>
        <translation>カスタム URL</translation>
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
        <translation>例: acme（acme.zslogin.net の場合）</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Optional with custom URLs</source>
        <translation>カスタム URL の場合は省略可</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tenant</source>
        <translation>テナント</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile &amp;name:</source>
        <translation>プロファイル名(&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;loud:</source>
        <translation>クラウド(&amp;L):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Token URL:</source>
        <translation>トークン URL(&amp;T):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;API URL:</source>
        <translation>API URL(&amp;A):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vanity domain:</source>
        <translation>バニティ ドメイン(&amp;V):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From ZIdentity › Integration › API Clients</source>
        <translation>ZIdentity › Integration › API Clients から取得</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client secret</source>
        <translation>クライアント シークレット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private key (signed JWT)</source>
        <translation>秘密キー（署名付き JWT）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+266"/>
        <source>The client secret</source>
        <translation>クライアント シークレット</translation>
    </message>
    <message>
        <location line="-264"/>
        <location line="+262"/>
        <source>●●●●●●●● Stored in the keychain.</source>
        <translation>●●●●●●●● キーチェーンに保存済み。</translation>
    </message>
    <message>
        <location line="-260"/>
        <source>Replace…</source>
        <translation>置換…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Import…</source>
        <translation>インポート…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+254"/>
        <source>Generate…</source>
        <translation>生成…</translation>
    </message>
    <message>
        <location line="-237"/>
        <source>Sign-in (ZIdentity API client)</source>
        <translation>サインイン（ZIdentity API クライアント）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Client ID:</source>
        <translation>クライアント ID(&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Method:</source>
        <translation>方式(&amp;M):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Secret:</source>
        <translation>シークレット(&amp;S):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private &amp;key:</source>
        <translation>秘密キー(&amp;K):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Needed for ZPA, e.g. 216196257331281920</source>
        <translation>ZPA に必要（例: 216196257331281920）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty: all microtenants; 0: Default</source>
        <translation>空: すべての Microtenant、0: Default</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: extra PEM trust anchors</source>
        <translation>省略可: 追加の PEM トラスト アンカー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ZPA c&amp;ustomer ID:</source>
        <translation>ZPA 顧客 ID(&amp;U):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default micro&amp;tenant:</source>
        <translation>既定の Microtenant(&amp;T):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA &amp;file:</source>
        <translation>CA ファイル(&amp;F):</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Test connection</source>
        <translation>接続テスト(&amp;T)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>CA certificates</source>
        <translation>CA 証明書</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM 証明書 (*.pem *.crt *.cer);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Edit profile “%1”</source>
        <translation>プロファイル「%1」の編集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate profile “%1”</source>
        <translation>プロファイル「%1」の複製</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the key from the keychain…</source>
        <translation>キーチェーンからキーを読み取り中…</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>●●●●●●●● Copied from the keychain entry of “%1”.</source>
        <translation>●●●●●●●● 「%1」のキーチェーン エントリからコピーしました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New client secret (empty: keep the stored one)</source>
        <translation>新しいクライアント シークレット（空の場合は保存済みのものを保持）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New: stored in the keychain when you save.</source>
        <translation>新規: 保存時にキーチェーンに保存されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Stored in the keychain.</source>
        <translation>キーチェーンに保存済み。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No key yet: import one or generate a new pair.</source>
        <translation>キーはまだありません。インポートするか、新しいペアを生成してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show / replace…</source>
        <translation>表示 / 置換…</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Reading the secret from the keychain…</source>
        <translation>キーチェーンからシークレットを読み取り中…</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+13"/>
        <source>Save profile</source>
        <translation>プロファイルを保存</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The profile was not saved: %1</source>
        <translation>プロファイルは保存されませんでした: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile was not saved.

%1</source>
        <translation>プロファイルは保存されませんでした。

%1</translation>
    </message>
</context>
<context>
    <name>zc::ProfileFormCheck</name>
    <message>
        <location filename="../models/profiles/ProfileFormCheck.cpp" line="+48"/>
        <source>The CA file cannot be read.</source>
        <translation>CA ファイルを読み取れません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CA file holds no PEM certificate.</source>
        <translation>CA ファイルに PEM 証明書が含まれていません。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Import a private key or generate a new pair.</source>
        <translation>秘密キーをインポートするか、新しいペアを生成してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the client secret.</source>
        <translation>クライアント シークレットを入力してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The ZPA customer ID is a number, such as 216196257331281920.</source>
        <translation>ZPA 顧客 ID は 216196257331281920 のような数値です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The microtenant ID is a number (0 for Default); leave it empty for all microtenants.</source>
        <translation>Microtenant ID は数値です（Default は 0）。すべての Microtenant の場合は空のままにしてください。</translation>
    </message>
</context>
<context>
    <name>zc::ProfileManagerDialog</name>
    <message>
        <location filename="../ui/dialogs/ProfileManagerDialog.cpp" line="+36"/>
        <source>production</source>
        <translation>本番</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>beta</source>
        <translation>ベータ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>government</source>
        <translation>政府機関</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>government US</source>
        <translation>米国政府機関</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>custom URLs</source>
        <translation>カスタム URL</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sign in — ZConsole</source>
        <translation>サインイン — ZConsole</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Profiles</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Add…</source>
        <translation>追加(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate…</source>
        <translation>複製(&amp;U)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test connection</source>
        <translation>接続テスト(&amp;T)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Sign in</source>
        <translation>サインイン(&amp;S)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Choose a tenant profile to sign in, or open the demo tenant to try ZConsole without a Zscaler tenant.</source>
        <translation>サインインするテナント プロファイルを選択するか、デモ テナントを開いて Zscaler テナントなしで ZConsole をお試しください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a tenant profile to sign in.</source>
        <translation>サインインするテナント プロファイルを選択してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Demo tenant</source>
        <translation>デモ テナント</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A simulated tenant on this computer: every view works, no network or Zscaler account needed.</source>
        <translation>このコンピューター上のシミュレートされたテナントです。すべてのビューが動作し、ネットワークや Zscaler アカウントは不要です。</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Starts a simulated tenant on this computer and signs in to it. Works without network access.</source>
        <translation>このコンピューター上でシミュレートされたテナントを起動し、サインインします。ネットワーク接続なしで動作します。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>private key</source>
        <translation>秘密キー</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>client secret</source>
        <translation>クライアント シークレット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenant %1 (%2 cloud) · client %3 · %4</source>
        <translation>テナント %1（%2 クラウド） · クライアント %3 · %4</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Profile “%1” saved.</source>
        <translation>プロファイル「%1」を保存しました。</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+16"/>
        <source>Delete profile</source>
        <translation>プロファイルを削除</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Delete the profile “%1”?

Its settings and its secret in the system keychain are removed. This cannot be undone.</source>
        <translation>プロファイル「%1」を削除しますか？

設定と、システムのキーチェーン内のシークレットが削除されます。この操作は元に戻せません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Removing “%1” from the keychain…</source>
        <translation>キーチェーンから「%1」を削除中…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The profile “%1” was not deleted: %2</source>
        <translation>プロファイル「%1」は削除されませんでした: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Profile “%1” deleted.</source>
        <translation>プロファイル「%1」を削除しました。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading the secret of “%1” from the keychain…</source>
        <translation>キーチェーンから「%1」のシークレットを読み取り中…</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+19"/>
        <source>Keychain</source>
        <translation>キーチェーン</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>%1

Try the keychain again (Retry), or type the secret for this session only (Yes)? A typed secret is kept in memory and never written to disk.</source>
        <translation>%1

キーチェーンを再試行しますか（再試行）、それともこのセッションに限りシークレットを入力しますか（はい）？入力したシークレットはメモリ内にのみ保持され、ディスクには書き込まれません。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1

Use a secret for this session only? It is kept in memory and never written to disk.</source>
        <translation>%1

このセッションに限りシークレットを使用しますか？シークレットはメモリ内にのみ保持され、ディスクには書き込まれません。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Private key of “%1” for this session</source>
        <translation>このセッション用の「%1」の秘密キー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM keys (*.pem *.key);;All files (*)</source>
        <translation>PEM キー (*.pem *.key);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>Private key</source>
        <translation>秘密キー</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Secret for this session</source>
        <translation>このセッション用のシークレット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client secret of “%1” (kept in memory for this session only):</source>
        <translation>「%1」のクライアント シークレット（このセッションの間だけメモリ内に保持されます）:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Using a secret typed for this session only.</source>
        <translation>このセッション用に入力したシークレットを使用しています。</translation>
    </message>
</context>
<context>
    <name>zc::ProfileRepository</name>
    <message>
        <location filename="../models/profiles/ProfileRepository.cpp" line="+95"/>
        <source>A profile named “%1” already exists.</source>
        <translation>「%1」という名前のプロファイルは既に存在します。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (copy)</source>
        <translation>%1（コピー）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (copy %2)</source>
        <translation>%1（コピー %2）</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The key stored for “%1” cannot be used: %2</source>
        <translation>「%1」用に保存されたキーは使用できません: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+83"/>
        <source>There is no profile named “%1”.</source>
        <translation>「%1」という名前のプロファイルはありません。</translation>
    </message>
</context>
<context>
    <name>zc::ProfileStore</name>
    <message>
        <location filename="../models/profiles/ProfileStore.cpp" line="+207"/>
        <source>The profile settings could not be written to %1; nothing was changed.</source>
        <translation>プロファイル設定を %1 に書き込めませんでした。何も変更されていません。</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+15"/>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; という名前のプロファイルはありません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>&quot;%1&quot; という名前のプロファイルは既に存在します。</translation>
    </message>
</context>
<context>
    <name>zc::ProfileTransaction</name>
    <message>
        <location filename="../models/profiles/ProfileTransaction.cpp" line="+141"/>
        <source>The keychain entry of “%1” could not be put back as it was: %2</source>
        <translation>「%1」のキーチェーン エントリを元の状態に戻せませんでした: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>An old keychain entry of “%1” could not be removed: %2</source>
        <translation>「%1」の古いキーチェーン エントリを削除できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>zc::ProxyEnvironment</name>
    <message>
        <location filename="../models/net/ProxyEnvironment.cpp" line="+49"/>
        <source>%1 names a %2:// proxy; ZConsole uses http:// proxies only (requests to https:// servers stay encrypted through them).</source>
        <translation>%1 は %2:// プロキシを指定しています。ZConsole が使用できるのは http:// プロキシだけです（https:// サーバーへのリクエストはプロキシ経由でも暗号化されたままです）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a proxy URL ZConsole can use: write it as http://[user:password@]host[:port], with &quot;@&quot; and &quot;:&quot; in the user or password written as %40 and %3A.</source>
        <translation>%1 は ZConsole で使用できるプロキシ URL ではありません。http://[user:password@]host[:port] の形式で記述し、ユーザーまたはパスワード内の &quot;@&quot; と &quot;:&quot; はそれぞれ %40 と %3A と記述してください。</translation>
    </message>
</context>
<context>
    <name>zc::ProxySettings</name>
    <message>
        <location filename="../models/net/ProxySettings.cpp" line="+20"/>
        <source>The proxy host is missing.</source>
        <translation>プロキシ ホストがありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy port must be a number from 1 to 65535.</source>
        <translation>プロキシ ポートは 1 ～ 65535 の数値である必要があります。</translation>
    </message>
</context>
<context>
    <name>zc::ProxySettingsBox</name>
    <message>
        <location filename="../ui/dialogs/ProxySettingsBox.cpp" line="+20"/>
        <source>Proxy</source>
        <translation>プロキシ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The system&apos;s proxy settings</source>
        <translation>システムのプロキシ設定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No proxy</source>
        <translation>プロキシなし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manual HTTP proxy</source>
        <translation>手動 HTTP プロキシ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. proxy.example.com</source>
        <translation>例: proxy.example.com</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Empty: the proxy asks for no password</source>
        <translation>空: プロキシがパスワードを要求しない場合</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Proxy:</source>
        <translation>プロキシ(&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy &amp;host:</source>
        <translation>プロキシ ホスト(&amp;H):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy p&amp;ort:</source>
        <translation>プロキシ ポート(&amp;O):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pro&amp;xy user:</source>
        <translation>プロキシ ユーザー(&amp;X):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy pass&amp;word:</source>
        <translation>プロキシ パスワード(&amp;W):</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>●●●●●●●● Stored in the keychain (empty: keep it)</source>
        <translation>●●●●●●●● キーチェーンに保存済み（空の場合は保持）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept in the keychain, never in a settings file</source>
        <translation>キーチェーンに保管され、設定ファイルには保存されません</translation>
    </message>
</context>
<context>
    <name>zc::RecordColumn</name>
    <message>
        <location filename="../models/common/RecordTableModel.cpp" line="+26"/>
        <location filename="../models/zdx/DeepTraceModel.cpp" line="+69"/>
        <location filename="../models/zpa/AppSegmentModel.cpp" line="+43"/>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../models/zdx/DeepTraceModel.cpp" line="+1"/>
        <location filename="../models/zpa/AppSegmentModel.cpp" line="+1"/>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location filename="../models/zcc/DeviceModel.cpp" line="+66"/>
        <source>Hostname</source>
        <translation>ホスト名</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../models/zdx/DeepTraceModel.cpp" line="+48"/>
        <location filename="../models/zdx/DeviceSearchModel.cpp" line="-7"/>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OS</source>
        <translation>OS</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Client Connector version</source>
        <translation>Client Connector バージョン</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Last seen</source>
        <translation>最終確認</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>UDID</source>
        <translation>UDID</translation>
    </message>
    <message>
        <location filename="../models/zdx/CloudPathModel.cpp" line="-104"/>
        <source>Leg</source>
        <translation>区間</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Hop</source>
        <translation>ホップ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gateway vendor</source>
        <translation>ゲートウェイ ベンダー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min (ms)</source>
        <translation>最小（ms）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avg (ms)</source>
        <translation>平均（ms）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max (ms)</source>
        <translation>最大（ms）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added (ms)</source>
        <translation>増加（ms）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss (%)</source>
        <translation>損失（%）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>送信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>受信</translation>
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
        <translation>ステータス</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minutes</source>
        <translation>分</translation>
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
        <translation>名前</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Device probing</source>
        <translation>デバイス プローブ</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../models/zdx/DeviceSearchModel.cpp" line="+6"/>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <location filename="../models/zdx/DeviceSearchModel.cpp" line="+1"/>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <location filename="../models/zdx/EventsModel.cpp" line="+14"/>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <location filename="../app/cli/ZdxCommands.cpp" line="+200"/>
        <location filename="../models/zdx/EventsModel.cpp" line="+5"/>
        <location filename="../models/zdx/WebProbeModel.cpp" line="+54"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location filename="../models/zdx/EventsModel.cpp" line="+1"/>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <location filename="../models/zdx/TopProcessesModel.cpp" line="+14"/>
        <source>Process</source>
        <translation>プロセス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU (%)</source>
        <translation>CPU（%）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory (MB)</source>
        <translation>メモリ（MB）</translation>
    </message>
    <message>
        <location filename="../models/zdx/WebProbeModel.cpp" line="+1"/>
        <source>DNS (ms)</source>
        <translation>DNS（ms）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TCP connect (ms)</source>
        <translation>TCP 接続（ms）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS handshake (ms)</source>
        <translation>TLS ハンドシェイク（ms）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server response (ms)</source>
        <translation>サーバー応答（ms）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download (ms)</source>
        <translation>ダウンロード（ms）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page fetch (ms)</source>
        <translation>ページ取得（ms）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Availability (%)</source>
        <translation>可用性（%）</translation>
    </message>
    <message>
        <location filename="../models/zdx/ZdxDeviceModel.cpp" line="-15"/>
        <source>User ID</source>
        <translation>ユーザー ID</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Devices</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <location filename="../models/zia/UrlLookupResultModel.cpp" line="+34"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Categories</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security alerts</source>
        <translation>セキュリティ アラート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application</source>
        <translation>アプリケーション</translation>
    </message>
    <message>
        <location filename="../models/zid/ZidListModels.cpp" line="-25"/>
        <source>Login</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Display name</source>
        <translation>表示名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>部署</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <location filename="../ui/pages/zid/UserGroupsPanel.cpp" line="+1"/>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Identity provider</source>
        <translation>ID プロバイダー</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../models/zpa/MicrotenantModel.cpp" line="+4"/>
        <location filename="../ui/pages/zid/UserGroupsPanel.cpp" line="+2"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location filename="../models/zpa/AppSegmentModel.cpp" line="+4"/>
        <source>Domains</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TCP ports</source>
        <translation>TCP ポート</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>UDP ports</source>
        <translation>UDP ポート</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../models/zpa/MicrotenantModel.cpp" line="-1"/>
        <location filename="../ui/pages/zpa/ServerGroupTable.cpp" line="+5"/>
        <source>Enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Segment group</source>
        <translation>セグメント グループ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server groups</source>
        <translation>サーバー グループ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Microtenant</source>
        <translation>Microtenant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Modified</source>
        <translation>変更日時</translation>
    </message>
    <message>
        <location filename="../ui/pages/zpa/ServerGroupTable.cpp" line="+2"/>
        <source>Dynamic discovery</source>
        <translation>動的検出</translation>
    </message>
</context>
<context>
    <name>zc::RecordTableLayout</name>
    <message>
        <location filename="../ui/widgets/RecordTableLayout.cpp" line="+45"/>
        <source>Click to sort; right-click to choose the columns.</source>
        <translation>クリックで並べ替え、右クリックで列を選択します。</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Reset Columns</source>
        <translation>列をリセット(&amp;R)</translation>
    </message>
</context>
<context>
    <name>zc::RecordTableView</name>
    <message>
        <location filename="../ui/widgets/RecordTableExport.cpp" line="+55"/>
        <source>Export Visible Rows</source>
        <translation>表示されている行をエクスポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>CSV ファイル (*.csv);;JSON ファイル (*.json)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export Failed</source>
        <translation>エクスポート失敗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write %1: %2</source>
        <translation>%1 を書き込めませんでした: %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/RecordTableView.cpp" line="+66"/>
        <source>Filter: %1</source>
        <translation>フィルター: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing loaded yet. Press F5 to load.</source>
        <translation>まだ何も読み込まれていません。読み込むには F5 キーを押してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No rows match “%1”. Clear the filter.</source>
        <translation>「%1」に一致する行はありません。フィルターをクリアしてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter (%1)</source>
        <translation>フィルター（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows the rows that contain every word typed here.</source>
        <translation>ここに入力したすべての語を含む行を表示します。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Rows</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy with &amp;headers</source>
        <translation>ヘッダー付きでコピー(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy raw &amp;JSON</source>
        <translation>生 JSON をコピー(&amp;J)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export visible rows…</source>
        <translation>表示されている行をエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter</source>
        <translation>フィルター</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clear filter</source>
        <translation>フィルターをクリア</translation>
    </message>
    <message numerus="yes">
        <location line="+187"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %Ln row(s)</source>
        <translation>
            <numerusform>%1/%Ln 行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zc::SecretStore</name>
    <message>
        <location filename="../models/profiles/SecretStore.cpp" line="+117"/>
        <source>No system keychain is available. ZConsole keeps secrets only in %1: make sure it is running and try again.</source>
        <translation>システムのキーチェーンを使用できません。ZConsole はシークレットを %1 にのみ保管します。実行中であることを確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The system keychain is locked or refused access. Unlock it and try again.</source>
        <translation>システムのキーチェーンがロックされているか、アクセスが拒否されました。ロックを解除して、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No secret is stored in the system keychain for this profile.</source>
        <translation>このプロファイルのシークレットはシステムのキーチェーンに保存されていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No secret is stored in the system keychain for profile &quot;%1&quot;.</source>
        <translation>プロファイル &quot;%1&quot; のシークレットはシステムのキーチェーンに保存されていません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keychain reported an error.</source>
        <translation>システムのキーチェーンがエラーを報告しました。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>no answer within %1 s; the keychain may be locked and waiting for a password prompt</source>
        <translation>%1 秒以内に応答がありません。キーチェーンがロックされていて、パスワードの入力を待っている可能性があります</translation>
    </message>
</context>
<context>
    <name>zc::ServerGroupTable</name>
    <message>
        <location filename="../ui/pages/zpa/ServerGroupTable.cpp" line="+9"/>
        <location line="+14"/>
        <location line="+18"/>
        <source>Server groups</source>
        <translation>サーバー グループ</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>This segment has no server group: no connector can reach it.</source>
        <translation>このセグメントにはサーバー グループがありません。どのコネクターからも到達できません。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Server groups (%1)</source>
        <translation>サーバー グループ（%1）</translation>
    </message>
</context>
<context>
    <name>zc::Session</name>
    <message>
        <location filename="../ui/Session.cpp" line="+89"/>
        <source>This build of ZConsole has no demo tenant.</source>
        <translation>この ZConsole ビルドにはデモ テナントがありません。</translation>
    </message>
</context>
<context>
    <name>zc::SettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="+27"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The new language is used the next time ZConsole starts.</source>
        <translation>新しい言語は、次回 ZConsole を起動したときに使用されます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
</context>
<context>
    <name>zc::Snapshot</name>
    <message>
        <location filename="../models/snapshot/Snapshot.cpp" line="+43"/>
        <source>Application segments</source>
        <translation>アプリケーション セグメント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment groups</source>
        <translation>セグメント グループ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server groups</source>
        <translation>サーバー グループ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connector groups</source>
        <translation>コネクター グループ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups</source>
        <translation>グループ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Activation status</source>
        <translation>有効化ステータス</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>present</source>
        <translation>あり</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not entitled</source>
        <translation>権限なし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read-only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not configured</source>
        <translation>未構成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>unnamed tenant</source>
        <translation>名前のないテナント</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>zc::SnapshotDiff</name>
    <message>
        <location filename="../models/snapshot/SnapshotDiff.cpp" line="+33"/>
        <source>not in the snapshot</source>
        <translation>スナップショットにありません</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>added</source>
        <translation>追加</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>old: %1; new: %2</source>
        <translation>旧: %1、新: %2</translation>
    </message>
</context>
<context>
    <name>zc::SnapshotDiffExport</name>
    <message>
        <location filename="../models/snapshot/SnapshotDiffExport.cpp" line="+50"/>
        <source>%1, taken %2</source>
        <translation>%1（%2 に取得）</translation>
    </message>
    <message>
        <location line="+111"/>
        <location line="+5"/>
        <source>Snapshot comparison</source>
        <translation>スナップショットの比較</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old: %1</source>
        <translation>旧: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New: %1</source>
        <translation>新: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>No differences.</source>
        <translation>差分はありません。</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>%1 added, %2 removed, %3 changed.</source>
        <translation>追加 %1 件、削除 %2 件、変更 %3 件。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>レコード</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old value</source>
        <translation>古い値</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New value</source>
        <translation>新しい値</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>zc::SnapshotDiffModel</name>
    <message>
        <location filename="../models/snapshot/SnapshotDiffModel.cpp" line="+101"/>
        <source>No differences</source>
        <translation>差分なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 added, %2 removed, %3 changed</source>
        <translation>追加 %1 件、削除 %2 件、変更 %3 件</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>added</source>
        <translation>追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Collection, record or field</source>
        <translation>コレクション、レコード、またはフィールド</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Old value</source>
        <translation>古い値</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New value</source>
        <translation>新しい値</translation>
    </message>
</context>
<context>
    <name>zc::SnapshotDiffView</name>
    <message>
        <location filename="../ui/pages/snapshots/SnapshotDiffView.cpp" line="+41"/>
        <source>E&amp;xport differences…</source>
        <translation>差分をエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kind of change</source>
        <translation>変更の種類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All changes</source>
        <translation>すべての変更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added</source>
        <translation>追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Collection</source>
        <translation>コレクション</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter the differences</source>
        <translation>差分をフィルター</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by ID, name, field or value</source>
        <translation>ID、名前、フィールド、値でフィルター</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the differences as JSON, CSV or an HTML report</source>
        <translation>差分を JSON、CSV、または HTML レポートとして保存します</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Differences</source>
        <translation>差分</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No differences between %1 and %2.</source>
        <translation>%1 と %2 の間に差分はありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From %1 to %2: %3 added, %4 removed, %5 changed.</source>
        <translation>%1 から %2: 追加 %3 件、削除 %4 件、変更 %5 件。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Select two snapshots and Compare, or one and Compare with live.</source>
        <translation>2 つのスナップショットを選択して［比較］を押すか、1 つを選択して［現在の状態と比較］を押してください。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>All collections</source>
        <translation>すべてのコレクション</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+6"/>
        <source>Export differences</source>
        <translation>差分をエクスポート</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>HTML report (*.html);;CSV (*.csv);;JSON (*.json)</source>
        <translation>HTML レポート (*.html);;CSV (*.csv);;JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>zc::SnapshotFile</name>
    <message>
        <location filename="../models/snapshot/SnapshotFile.cpp" line="+62"/>
        <source>Not in this snapshot (format 1 files do not say why).</source>
        <translation>このスナップショットにはありません（フォーマット 1 のファイルには理由が記録されていません）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a list.</source>
        <translation>&quot;%1&quot; はリストではありません。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a collection has no key.</source>
        <translation>キーのないコレクションがあります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>collection &quot;%1&quot; names no known product.</source>
        <translation>コレクション &quot;%1&quot; が既知の製品を示していません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>collection &quot;%1&quot; has an unknown state.</source>
        <translation>コレクション &quot;%1&quot; の状態が不明です。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>collection &quot;%1&quot; has no records list.</source>
        <translation>コレクション &quot;%1&quot; にレコードのリストがありません。</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>collection &quot;%1&quot; holds a record that is not an object.</source>
        <translation>コレクション &quot;%1&quot; にオブジェクトではないレコードが含まれています。</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>%1 is not a ZConsole snapshot: it is not a JSON object.</source>
        <translation>%1 は ZConsole のスナップショットではありません: JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a ZConsole snapshot: it has no &quot;format&quot;: &quot;%2&quot;.</source>
        <translation>%1 は ZConsole のスナップショットではありません: &quot;format&quot;: &quot;%2&quot; がありません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a damaged snapshot: its format version is missing or invalid.</source>
        <translation>%1 は破損したスナップショットです: フォーマット バージョンがないか無効です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was written by a newer ZConsole (snapshot format %2); this version reads formats %3 to %4. Update ZConsole to read it.</source>
        <translation>%1 は新しいバージョンの ZConsole で書き込まれています（スナップショット フォーマット %2）。このバージョンで読み取れるのはフォーマット %3 ～ %4 です。読み取るには ZConsole を更新してください。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>its time is missing or invalid.</source>
        <translation>時刻がないか無効です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it has no tenant or no collections.</source>
        <translation>テナントまたはコレクションがありません。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is a damaged snapshot: %2</source>
        <translation>%1 は破損したスナップショットです: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>zc::SnapshotStore</name>
    <message>
        <location filename="../models/snapshot/SnapshotStore.cpp" line="+88"/>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
</context>
<context>
    <name>zc::SnapshotsPage</name>
    <message>
        <location filename="../ui/pages/snapshots/SnapshotsPage.cpp" line="+44"/>
        <source>&amp;Take snapshot</source>
        <translation>スナップショットを取得(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare</source>
        <translation>比較(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare with &amp;live</source>
        <translation>現在の状態と比較(&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the tenant&apos;s configuration now and keep it</source>
        <translation>テナントの設定を今すぐ読み取って保持します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a snapshot file from elsewhere to the list</source>
        <translation>別の場所にあるスナップショット ファイルを一覧に追加します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare the two selected snapshots, older against newer</source>
        <translation>選択した 2 つのスナップショットを比較します（古い方と新しい方）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare the selected snapshot with the tenant now</source>
        <translation>選択したスナップショットを現在のテナントと比較します</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Snapshots</source>
        <translation>スナップショット</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (opened)</source>
        <translation>%1（開いたファイル）</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Reading the tenant…</source>
        <translation>テナントを読み取り中…</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Reading %1 (%2 of %3, %Ln record(s))…</source>
        <translation>
            <numerusform>%1 を読み取り中（%2/%3、%Ln 件のレコード）…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading %1 (%2 of %3)…</source>
        <translation>%1 を読み取り中（%2/%3）…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Snapshot cancelled: nothing was kept.</source>
        <translation>スナップショットはキャンセルされました。何も保持されていません。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not in the snapshot: %1.</source>
        <translation>スナップショットにありません: %1。</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Open snapshot</source>
        <translation>スナップショットを開く</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Snapshots (*.json);;All files (*)</source>
        <translation>スナップショット (*.json);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>zc::StartTraceDialog</name>
    <message>
        <location filename="../ui/pages/zdx/StartTraceDialog.cpp" line="+42"/>
        <source>&amp;Probe the device (CPU, memory, disk, network)</source>
        <translation>デバイスをプローブ（CPU、メモリ、ディスク、ネットワーク）(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start deep trace on %1</source>
        <translation>%1 で Deep Trace を開始</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A deep trace records what happens on &lt;b&gt;%1&lt;/b&gt; for the chosen time. Only one deep trace can run on a device at a time.</source>
        <translation>Deep Trace は、選択した時間の間 &lt;b&gt;%1&lt;/b&gt; で起きていることを記録します。1 台のデバイスで同時に実行できる Deep Trace は 1 つだけです。</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Session &amp;name:</source>
        <translation>セッション名(&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Length:</source>
        <translation>期間(&amp;L):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Application and probes (optional)</source>
        <translation>アプリケーションとプローブ（省略可）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ZDX offers no list of applications and probes to choose from: type their IDs as the ZDX portal shows them, or leave them empty. The probes must belong to the application.</source>
        <translation>ZDX にはアプリケーションとプローブを選択する一覧がありません。ZDX ポータルに表示される ID を入力するか、空のままにしてください。プローブはそのアプリケーションに属している必要があります。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Application ID:</source>
        <translation>アプリケーション ID(&amp;A):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Web probe ID:</source>
        <translation>Web プローブ ID(&amp;W):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;CloudPath probe ID:</source>
        <translation>CloudPath プローブ ID(&amp;C):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Start…</source>
        <translation>開始(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>zc::TestConnectionDialog</name>
    <message numerus="yes">
        <location filename="../ui/dialogs/TestConnectionDialog.cpp" line="+34"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Test connection</source>
        <translation>接続テスト</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for an answer</source>
        <translation>応答を待機中</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Products</source>
        <translation>製品</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signing in and asking each product…</source>
        <translation>サインインして各製品に問い合わせ中…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Signed in. The access token lasts %1 (until %2).</source>
        <translation>サインインしました。アクセス トークンの有効期間は %1 です（%2 まで）。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>✓ answers</source>
        <translation>✓ 応答あり</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✗ fails</source>
        <translation>✗ 失敗</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reachable with this client.</source>
        <translation>このクライアントで到達可能です。</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>All %n product(s) answer.</source>
        <translation>
            <numerusform>%n 個すべての製品が応答しました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No product answers.</source>
        <translation>応答した製品はありません。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n product(s) answer.</source>
        <translation>
            <numerusform>%n 個中 %1 個の製品が応答しました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not signed in.</source>
        <translation>サインインしていません。</translation>
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
        <translation>グラフ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No samples yet.</source>
        <translation>サンプルはまだありません。</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+15"/>
        <source>no data</source>
        <translation>データなし</translation>
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
        <translation>%1（%2）</translation>
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
            <numerusform>%1 ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: %2 to %3</source>
        <comment>title: min to max</comment>
        <translation>%1: %2 ～ %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no data</source>
        <comment>title</comment>
        <translation>%1: データなし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, no data at %1</source>
        <translation>、%1 にデータなし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 at %2</source>
        <comment>band label at times</comment>
        <translation>、%2 に %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, %1 at %2</source>
        <comment>highlight at time</comment>
        <translation>、%2 に %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/TimeSeriesPainter.cpp" line="+234"/>
        <location line="+36"/>
        <source>Total</source>
        <translation>合計</translation>
    </message>
</context>
<context>
    <name>zc::TokenProvider</name>
    <message>
        <location filename="../models/auth/TokenProvider.cpp" line="+163"/>
        <source>No private key is set for this connection.</source>
        <translation>この接続には秘密キーが設定されていません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The private key could not sign the client assertion.</source>
        <translation>秘密キーでクライアント アサーションに署名できませんでした。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No client secret is set for this connection.</source>
        <translation>この接続にはクライアント シークレットが設定されていません。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The token URL cannot be formed from the settings.</source>
        <translation>設定からトークン URL を構成できません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refusing to send credentials over plain http to %1.</source>
        <translation>暗号化されていない http で資格情報を %1 に送信することを拒否しました。</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The token endpoint&apos;s answer has no usable access token.</source>
        <translation>トークン エンドポイントの応答に使用可能なアクセス トークンがありません。</translation>
    </message>
</context>
<context>
    <name>zc::TraceProgressDelegate</name>
    <message>
        <location filename="../ui/pages/zdx/TraceProgressDelegate.cpp" line="+42"/>
        <source>Waiting to start (%1)</source>
        <translation>開始待ち（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
</context>
<context>
    <name>zc::TraceResultsPane</name>
    <message>
        <location filename="../ui/pages/zdx/TraceResultsPane.cpp" line="+35"/>
        <source>E&amp;xport…</source>
        <translation>エクスポート(&amp;X)…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ZDX recorded no health metrics for this trace.</source>
        <translation>このトレースについて、ZDX は正常性メトリックを記録していません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ZDX recorded no processes for this trace.</source>
        <translation>このトレースについて、ZDX はプロセスを記録していません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ZDX recorded no events for this trace.</source>
        <translation>このトレースについて、ZDX はイベントを記録していません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health &amp;charts</source>
        <translation>正常性グラフ(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Health metrics</source>
        <translation>正常性メトリック(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top &amp;processes</source>
        <translation>上位プロセス(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Events</source>
        <translation>イベント(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Web probe</source>
        <translation>Web プローブ(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;loud path</source>
        <translation>クラウド経路(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deep trace results</source>
        <translation>Deep Trace の結果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health metrics</source>
        <translation>正常性メトリック</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top processes</source>
        <translation>上位プロセス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export this result: a table as CSV or JSON, a chart also as PNG</source>
        <translation>この結果をエクスポートします: 表は CSV または JSON、グラフは PNG でも保存できます</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The results of a completed deep trace appear here.</source>
        <translation>完了した Deep Trace の結果がここに表示されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a completed deep trace to see its results.</source>
        <translation>結果を表示するには、完了した Deep Trace を選択してください。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This deep trace ended as “%1”: ZDX has no complete results for it.</source>
        <translation>この Deep Trace は「%1」で終了しました。ZDX には完全な結果がありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The results appear here when the deep trace has completed. It is “%1” now.</source>
        <translation>Deep Trace が完了すると、結果がここに表示されます。現在の状態は「%1」です。</translation>
    </message>
</context>
<context>
    <name>zc::Translations</name>
    <message>
        <location filename="../models/common/Translations.cpp" line="+79"/>
        <source>%1 %2</source>
        <comment>Two sentences one after the other; Japanese: %1%2</comment>
        <translation>%1%2</translation>
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
        <translation>カテゴリ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>URLs</source>
        <translation>URL</translation>
    </message>
</context>
<context>
    <name>zc::UrlLineCheck</name>
    <message>
        <location filename="../ui/pages/zia/UrlLineCheck.cpp" line="+18"/>
        <source>Line %1: empty</source>
        <translation>%1 行目: 空</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line %1: longer than 1,024 characters</source>
        <translation>%1 行目: 1,024 文字超</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line %1: duplicate of line %2</source>
        <translation>%1 行目: %2 行目と重複</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This line is empty: it is not sent.</source>
        <translation>この行は空のため、送信されません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This URL is longer than 1,024 characters: ZIA refuses it, so it is not sent.</source>
        <translation>この URL は 1,024 文字を超えています。ZIA で拒否されるため、送信されません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Same URL as line %1: it is looked up once.</source>
        <translation>%1 行目と同じ URL です。検索は 1 回だけ行われます。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No URLs to look up</source>
        <translation>検索する URL はありません</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln URL(s) to look up</source>
        <translation>
            <numerusform>検索する URL: %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln duplicate(s) skipped</source>
        <translation>
            <numerusform>重複 %Ln 件をスキップ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln invalid line(s) not sent</source>
        <translation>
            <numerusform>無効な %Ln 行は送信されません</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zc::UrlListFile</name>
    <message>
        <location filename="../ui/pages/zia/UrlListFile.cpp" line="+40"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
</context>
<context>
    <name>zc::UrlLookupInput</name>
    <message>
        <location filename="../models/zia/UrlLookupInput.cpp" line="+38"/>
        <source>The entry is empty.</source>
        <translation>入力が空です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The URL is longer than %1 characters.</source>
        <translation>URL が %1 文字を超えています。</translation>
    </message>
</context>
<context>
    <name>zc::UrlLookupPage</name>
    <message>
        <location filename="../ui/pages/zia/UrlLookupPage.cpp" line="+88"/>
        <source>Lookup finished: %1</source>
        <translation>検索が完了しました: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lookup cancelled. The previous results are shown.</source>
        <translation>検索はキャンセルされました。前回の結果が表示されています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lookup cancelled.</source>
        <translation>検索はキャンセルされました。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>URLs, one per line</source>
        <translation>URL（1 行に 1 つ）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste URLs here, one per line, e.g.
bbc.com
https://www.example.com/path</source>
        <translation>ここに URL を 1 行に 1 つずつ貼り付けてください。例:
bbc.com
https://www.example.com/path</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each line is checked as you type: empty lines and lines over 1,024 characters are not sent, duplicates are looked up once.</source>
        <translation>各行は入力時にチェックされます。空の行と 1,024 文字を超える行は送信されず、重複は 1 回だけ検索されます。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Problems in the URL list</source>
        <translation>URL リストの問題</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Click a line to show it in the editor.</source>
        <translation>行をクリックするとエディターに表示されます。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the URLs of a text file (one per line) or of a CSV file (first column).</source>
        <translation>テキスト ファイル（1 行に 1 つ）または CSV ファイル（最初の列）の URL を追加します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Look up</source>
        <translation>検索(&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Look up the URLs in ZIA (Ctrl+Enter)</source>
        <translation>ZIA で URL を検索（Ctrl+Enter）</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Lookup results</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste URLs on the left and press Look up (Ctrl+Enter).</source>
        <translation>左側に URL を貼り付け、［検索］を押してください（Ctrl+Enter）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No URLs match “%1”. Clear the filter.</source>
        <translation>「%1」に一致する URL はありません。フィルターをクリアしてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking up…</source>
        <translation>検索中…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy &amp;URL</source>
        <translation>URL をコピー(&amp;U)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show in &amp;editor</source>
        <translation>エディターに表示(&amp;E)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+4"/>
        <location line="+30"/>
        <source>Categories</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>How many URLs fall in each category. Double-click a category to show only its URLs.</source>
        <translation>各カテゴリに含まれる URL の数です。カテゴリをダブルクリックすると、その URL だけが表示されます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select a URL to see its categories and the raw answer.</source>
        <translation>カテゴリと生の応答を表示するには、URL を選択してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security alerts</source>
        <translation>セキュリティ アラート</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Application</source>
        <translation>アプリケーション</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category codes</source>
        <translation>カテゴリ コード</translation>
    </message>
    <message numerus="yes">
        <location line="+108"/>
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… ほか %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Looking up batch %1 of %2…</source>
        <translation>バッチ %1/%2 を検索中…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign in to look up URLs.</source>
        <translation>URL を検索するには、サインインしてください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing to look up: paste URLs in the editor, one per line.</source>
        <translation>検索するものがありません: エディターに URL を 1 行に 1 つずつ貼り付けてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to look up: every line has a problem (see the list under the editor).</source>
        <translation>検索するものがありません: すべての行に問題があります（エディターの下の一覧を参照）。</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Looking up %Ln URL(s)…</source>
        <translation>
            <numerusform>%Ln 件の URL を検索中…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+6"/>
        <source>Import URLs</source>
        <translation>URL のインポート</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Text and CSV files (*.txt *.csv *.lst);;All files (*)</source>
        <translation>テキスト ファイルと CSV ファイル (*.txt *.csv *.lst);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Counts per category appear here after a lookup.</source>
        <translation>検索後、カテゴリごとの件数がここに表示されます。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln URL(s)</source>
        <translation>
            <numerusform>%Ln 件の URL</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln category(ies)</source>
        <translation>
            <numerusform>%Ln 個のカテゴリ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no security alerts</source>
        <translation>セキュリティ アラートなし</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln with security alert(s)</source>
        <translation>
            <numerusform>セキュリティ アラートあり: %Ln 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zc::UserGroupsPanel</name>
    <message>
        <location filename="../ui/pages/zid/UserGroupsPanel.cpp" line="+9"/>
        <source>Groups</source>
        <translation>グループ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find &amp;groups</source>
        <translation>グループを検索(&amp;G)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reads every group&apos;s member list: one request per group</source>
        <translation>すべてのグループのメンバー一覧を読み取ります（グループごとに 1 リクエスト）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Groups of the user</source>
        <translation>ユーザーのグループ</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+7"/>
        <source>Reading the list of groups…</source>
        <translation>グループの一覧を読み取り中…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the members of group %1 of %2…</source>
        <translation>グループ %1/%2 のメンバーを読み取り中…</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>Not a member of any of the tenant&apos;s %Ln group(s).</source>
        <translation>
            <numerusform>テナントの %Ln 個のグループのいずれのメンバーでもありません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Member of %Ln group(s).</source>
        <translation>
            <numerusform>%Ln 個のグループのメンバーです。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ZIdentity has no list of a user&apos;s groups, so ZConsole reads every group&apos;s members once.</source>
        <translation>ZIdentity にはユーザーの所属グループの一覧がないため、ZConsole はすべてのグループのメンバーを 1 回ずつ読み取ります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the group members was cancelled. Press Find groups to read them.</source>
        <translation>グループ メンバーの読み取りはキャンセルされました。読み取るには［グループを検索］を押してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The groups could not be read: %1</source>
        <translation>グループを読み取れませんでした: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Find groups to read every group&apos;s members (one request per group).</source>
        <translation>すべてのグループのメンバーを読み取るには、［グループを検索］を押してください（グループごとに 1 リクエスト）。</translation>
    </message>
</context>
<context>
    <name>zc::UserModel</name>
    <message>
        <location filename="../models/zid/ZidListModels.cpp" line="-34"/>
        <source>Active</source>
        <translation>アクティブ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive</source>
        <translation>非アクティブ</translation>
    </message>
</context>
<context>
    <name>zc::UsersPage</name>
    <message>
        <location filename="../ui/pages/zid/UsersPage.cpp" line="+43"/>
        <source>Load &amp;more</source>
        <translation>さらに読み込む(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load a&amp;ll</source>
        <translation>すべて読み込む(&amp;L)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Match the search against</source>
        <translation>検索対象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login contains</source>
        <translation>ログインが次を含む</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name contains</source>
        <translation>名前が次を含む</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail contains</source>
        <translation>メール アドレスが次を含む</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login is exactly</source>
        <translation>ログインが次と完全一致</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the search text is matched against (by ZIdentity)</source>
        <translation>検索テキストの照合対象（ZIdentity による照合）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search users, e.g. jane or @example.com</source>
        <translation>ユーザーを検索（例: jane、@example.com）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Search:</source>
        <translation>検索(&amp;S):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load the next page of users</source>
        <translation>ユーザーの次のページを読み込みます</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load every user that matches, 1,000 per request</source>
        <translation>一致するすべてのユーザーを読み込みます（1 リクエストあたり 1,000 件）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Loading users…</source>
        <translation>ユーザーを読み込み中…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No loaded user matches “%1”. Press Esc to clear the filter, or search the whole tenant above.</source>
        <translation>読み込まれたユーザーに「%1」に一致するものはありません。Esc キーでフィルターをクリアするか、上でテナント全体を検索してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a user to see their details and groups.</source>
        <translation>詳細とグループを表示するには、ユーザーを選択してください。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Login</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display name</source>
        <translation>表示名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>部署</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Active</source>
        <translation>アクティブ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inactive</source>
        <translation>非アクティブ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity provider</source>
        <translation>ID プロバイダー</translation>
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
        <translation>ユーザーを表示するには、テナントにサインインしてください。</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Loading was cancelled. The table still shows the users loaded before.</source>
        <translation>読み込みはキャンセルされました。表には以前に読み込んだユーザーが表示されています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading was cancelled. Press F5 to load users.</source>
        <translation>読み込みはキャンセルされました。ユーザーを読み込むには F5 キーを押してください。</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%1 of %Ln user(s) loaded</source>
        <translation>
            <numerusform>%Ln 人中 %1 人のユーザーを読み込みました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln 人のユーザー</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing loaded yet. Press F5 to load the users.</source>
        <translation>まだ何も読み込まれていません。ユーザーを読み込むには F5 キーを押してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No user has the login “%1”.</source>
        <translation>ログインが「%1」のユーザーはいません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No user&apos;s login contains “%1”.</source>
        <translation>ログインに「%1」を含むユーザーはいません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No user&apos;s name contains “%1”.</source>
        <translation>名前に「%1」を含むユーザーはいません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No user&apos;s e-mail contains “%1”.</source>
        <translation>メール アドレスに「%1」を含むユーザーはいません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the spelling, or search by another field.</source>
        <translation>綴りを確認するか、別のフィールドで検索してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This tenant has no users yet.</source>
        <translation>このテナントにはまだユーザーがいません。</translation>
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
        <translation>TCP 接続</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS handshake</source>
        <translation>TLS ハンドシェイク</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server response</source>
        <translation>サーバー応答</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
</context>
<context>
    <name>zc::WebProbeView</name>
    <message>
        <location filename="../ui/pages/zdx/WebProbeView.cpp" line="+24"/>
        <source>Web probe page fetch times</source>
        <translation>Web プローブのページ取得時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>This deep trace ran no web probe, or it has no samples yet.</source>
        <translation>この Deep Trace では Web プローブが実行されなかったか、まだサンプルがありません。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Page fetch time</source>
        <translation>ページ取得時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Slowest</source>
        <translation>最も遅い</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Availability</source>
        <translation>可用性</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The web probe</source>
        <translation>Web プローブ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This deep trace ran no web probe.</source>
        <translation>この Deep Trace では Web プローブが実行されませんでした。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no page-fetch samples yet.</source>
        <translation>%1 にはまだページ取得のサンプルがありません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the slowest page fetch took %2 ms at %3; its longest part was %4 (%5 ms).</source>
        <translation>%1: 最も遅いページ取得は %3 の %2 ms で、最も長かったのは %4（%5 ms）でした。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The site did not answer in %n sample(s).</source>
        <translation>
            <numerusform>%n 個のサンプルでサイトが応答しませんでした。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zc::ZccService</name>
    <message>
        <location filename="../models/zcc/ZccDeviceQuery.cpp" line="+58"/>
        <source>Registered</source>
        <translation>登録済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unregistered</source>
        <translation>未登録</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removal Pending</source>
        <translation>削除保留中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed</source>
        <translation>削除済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarantined</source>
        <translation>隔離済み</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Unknown (%1)</source>
        <translation>不明（%1）</translation>
    </message>
</context>
<context>
    <name>zc::ZiaService</name>
    <message>
        <location filename="../models/zia/UrlLookupJob.cpp" line="+56"/>
        <source>ZIA&apos;s answer has no result for %1.</source>
        <translation>ZIA の応答に %1 の結果がありません。</translation>
    </message>
</context>
<context>
    <name>zc::ZpaFormat</name>
    <message>
        <location filename="../models/zpa/ZpaFormat.cpp" line="+186"/>
        <source>Default</source>
        <translation>Default</translation>
    </message>
</context>
<context>
    <name>zc::ZpaService</name>
    <message>
        <location filename="../models/zpa/ZpaService.cpp" line="+31"/>
        <source>ZPA needs the customer ID (the ZPA tenant ID) in the connection settings; find it in the ZIdentity or ZPA Admin Portal, or set ZPA_CUSTOMER_ID.</source>
        <translation>ZPA では、接続設定に顧客 ID（ZPA テナント ID）が必要です。ZIdentity または ZPA 管理ポータルで確認するか、ZPA_CUSTOMER_ID を設定してください。</translation>
    </message>
</context>
<context>
    <name>zc::cli::ApiCommands</name>
    <message numerus="yes">
        <location filename="../app/cli/ApiCommands.cpp" line="+40"/>
        <source>%Ln page(s) fetched.</source>
        <translation>
            <numerusform>%Ln ページを取得しました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Request ID: %1</source>
        <translation>リクエスト ID: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sends any OneAPI request with the console&apos;s sign-in, rate limits, retries and read-only handling. PATH starts with a product&apos;s base path (/zia/api/v1, /zpa/mgmtconfig/v1, /zpa/mgmtconfig/v2, /zpa/userconfig/v1, /ztw/api/v1, /zcc/papi/public/v1, /zdx/v1, /ziam/admin/api/v1); {customerId} and {microtenantId} are filled in from the connection settings. The answer&apos;s JSON goes to stdout (--format table or csv for an array of objects). Writes are sent once.</source>
        <translation>コンソールのサインイン、レート制限、再試行、読み取り専用の処理を使用して、任意の OneAPI リクエストを送信します。PATH は製品のベース パス（/zia/api/v1、/zpa/mgmtconfig/v1、/zpa/mgmtconfig/v2、/zpa/userconfig/v1、/ztw/api/v1、/zcc/papi/public/v1、/zdx/v1、/ziam/admin/api/v1）で始まります。{customerId} と {microtenantId} は接続設定から入力されます。応答の JSON は stdout に出力されます（オブジェクトの配列の場合は --format table または csv も可）。書き込みは 1 回だけ送信されます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>GET, POST, PUT, PATCH or DELETE.</source>
        <translation>GET、POST、PUT、PATCH、または DELETE。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The full path, e.g. /zia/api/v1/status.</source>
        <translation>完全なパス（例: /zia/api/v1/status）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adds the query item KEY=VALUE (repeatable).</source>
        <translation>クエリ項目 KEY=VALUE を追加します（複数指定可）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The JSON body: the text itself, @FILE to read a file, or - for standard input.</source>
        <translation>JSON ボディ: テキストそのもの、ファイルを読み取る場合は @FILE、標準入力の場合は -。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fetches every page in the product&apos;s paging style and prints one array of every record.</source>
        <translation>製品のページング方式ですべてのページを取得し、すべてのレコードを 1 つの配列で出力します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prints the status, the headers and the request ID on stderr.</source>
        <translation>ステータス、ヘッダー、リクエスト ID を stderr に出力します。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give a METHOD and a PATH.</source>
        <translation>METHOD と PATH を指定してください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A query item is KEY=VALUE, not &quot;%1&quot;.</source>
        <translation>クエリ項目は KEY=VALUE の形式です（&quot;%1&quot; ではありません）。</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>Page %1 (%Ln record(s)).</source>
        <translation>
            <numerusform>ページ %1（%Ln 件のレコード）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zc::cli::AuthCommands</name>
    <message>
        <location filename="../app/cli/AuthCommands.cpp" line="+64"/>
        <source>Signed in. The token is valid for %1 s (until %2).</source>
        <translation>サインインしました。トークンの有効期間は %1 秒です（%2 まで）。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Signed in; asking each product...</source>
        <translation>サインインしました。各製品に問い合わせ中...</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Sign-in commands.</source>
        <translation>サインイン コマンド。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>test: sign in and show which products answer.</source>
        <translation>test: サインインして、応答する製品を表示します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signs in at ZIdentity and shows the token lifetime and which products answer for this API client. The token is never shown.</source>
        <translation>ZIdentity でサインインし、トークンの有効期間と、この API クライアントに応答する製品を表示します。トークン自体は表示されません。</translation>
    </message>
</context>
<context>
    <name>zc::cli::CliContext</name>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="+34"/>
        <source>attempt %1</source>
        <translation>試行 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+99"/>
        <source>Page %1 of %2 (%Ln record(s)).</source>
        <translation>
            <numerusform>ページ %1/%2（%Ln 件のレコード）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Page %1 (%Ln record(s)).</source>
        <translation>
            <numerusform>ページ %1（%Ln 件のレコード）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nothing was activated: %1</source>
        <translation>何も有効化されませんでした: %1</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>There is no profile named &quot;%1&quot; (none are stored).</source>
        <translation>&quot;%1&quot; という名前のプロファイルはありません（保存されているプロファイルはありません）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no profile named &quot;%1&quot;. Stored profiles: %2.</source>
        <translation>&quot;%1&quot; という名前のプロファイルはありません。保存されているプロファイル: %2。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Profile &quot;%1&quot;: %2</source>
        <translation>プロファイル &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Signing in without a proxy.</source>
        <translation>プロキシを使用せずにサインイン中。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing in through the proxy %1.</source>
        <translation>プロキシ %1 経由でサインイン中。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Interrupted: the requests under way were cancelled.</source>
        <translation>中断されました: 実行中のリクエストはキャンセルされました。</translation>
    </message>
</context>
<context>
    <name>zc::cli::CliOptions</name>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="+44"/>
        <source>ZSCALER_PRIVATE_KEY must be the path of a PEM private key file, or the PEM text itself starting with &quot;-----BEGIN&quot;.</source>
        <translation>ZSCALER_PRIVATE_KEY には、PEM 形式の秘密キー ファイルのパス、または &quot;-----BEGIN&quot; で始まる PEM テキストそのものを指定してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It names a file that cannot be used: %1</source>
        <translation>指定された値は使用できないファイルを指しています: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It holds text in quotes, which is not a readable file and not PEM text: remove the quotes.</source>
        <translation>指定された値は引用符で囲まれたテキストで、読み取り可能なファイルでも PEM テキストでもありません。引用符を削除してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It holds JSON (a JWK?), which is not a readable file and not PEM text: convert the key to PEM.</source>
        <translation>指定された値は JSON（JWK？）で、読み取り可能なファイルでも PEM テキストでもありません。キーを PEM に変換してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It holds what looks like base64 text, which is not a readable file and not PEM text: decode it to PEM first.</source>
        <translation>指定された値は base64 テキストのようで、読み取り可能なファイルでも PEM テキストでもありません。先に PEM にデコードしてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It holds something that is not a readable file and not PEM text.</source>
        <translation>指定された値は、読み取り可能なファイルでも PEM テキストでもありません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Use the stored profile NAME instead of the environment.</source>
        <translation>環境変数の代わりに、保存されているプロファイル NAME を使用します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Output format: json, csv or table (default: table on a terminal, else json).</source>
        <translation>出力形式: json、csv、または table（既定: 端末では table、それ以外は json）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also trust the PEM certificates in FILE.</source>
        <translation>FILE 内の PEM 証明書も信頼します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send requests through the proxy URL (http://[user:password@]host[:port]); &quot;none&quot;: no proxy; &quot;system&quot;: the system&apos;s settings. Default: the profile&apos;s proxy, else HTTPS_PROXY, HTTP_PROXY, ALL_PROXY and NO_PROXY, else the system&apos;s.</source>
        <translation>リクエストをプロキシ URL（http://[user:password@]host[:port]）経由で送信します。&quot;none&quot;: プロキシなし、&quot;system&quot;: システムの設定。既定: プロファイルのプロキシ、なければ HTTPS_PROXY、HTTP_PROXY、ALL_PROXY、NO_PROXY、なければシステムの設定。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print every request and wait on stderr.</source>
        <translation>すべてのリクエストと待機を stderr に出力します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop a list that goes on for more than N pages (default: 10000, ZCC 50).</source>
        <translation>N ページを超えて続く一覧の取得を中止します（既定: 10000、ZCC は 50）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop a list that goes on for more than N records (default: 2000000).</source>
        <translation>N 件を超えるレコードが続く一覧の取得を中止します（既定: 2000000）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Usage: %1</source>
        <translation>使用法: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>--%1 needs a positive number.</source>
        <translation>--%1 には正の数値が必要です。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown output format &quot;%1&quot;: use json, csv or table.</source>
        <translation>不明な出力形式 &quot;%1&quot; です。json、csv、または table を使用してください。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Set ZSCALER_PRIVATE_KEY_PASSPHRASE to the key&apos;s passphrase.</source>
        <translation>ZSCALER_PRIVATE_KEY_PASSPHRASE にキーのパスフレーズを設定してください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; takes no arguments.</source>
        <translation>&quot;%1&quot; は引数を取りません。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>ZSCALER_CLOUD is &quot;%1&quot;; use production, beta, gov, govus or custom.</source>
        <translation>ZSCALER_CLOUD が &quot;%1&quot; です。production、beta、gov、govus、または custom を使用してください。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is not a valid URL.</source>
        <translation>%1 は有効な URL ではありません。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No credentials: set ZSCALER_CLIENT_SECRET, or ZSCALER_PRIVATE_KEY to a PEM key file.</source>
        <translation>資格情報がありません: ZSCALER_CLIENT_SECRET を設定するか、ZSCALER_PRIVATE_KEY に PEM キー ファイルを設定してください。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
</context>
<context>
    <name>zc::cli::CommandRouter</name>
    <message>
        <location filename="../app/cli/CommandRouter.cpp" line="+39"/>
        <location line="+26"/>
        <source>Missing command.</source>
        <translation>コマンドがありません。</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+24"/>
        <source>Unknown command &quot;%1 %2&quot;.</source>
        <translation>不明なコマンド &quot;%1 %2&quot; です。</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>status: show whether changes are pending. activate: activate the pending changes.</source>
        <translation>status: 保留中の変更があるかどうかを表示します。activate: 保留中の変更を有効化します。</translation>
    </message>
</context>
<context>
    <name>zc::cli::SnapshotCommands</name>
    <message numerus="yes">
        <location filename="../app/cli/SnapshotCommands.cpp" line="+47"/>
        <source>%1 of %2: %3 (%Ln record(s)).</source>
        <translation>
            <numerusform>%1/%2: %3（%Ln 件のレコード）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2: %3.</source>
        <translation>%1/%2: %3。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reads the tenant&apos;s configuration (ZPA application segments, segment and server groups; Cloud &amp; Branch Connector groups; ZIdentity users and groups; ZIA and Cloud &amp; Branch Connector activation status) and writes it to FILE as a snapshot, readable by its owner only. Collections the client may not read are kept with the reason.</source>
        <translation>テナントの設定（ZPA のアプリケーション セグメント、セグメント グループ、サーバー グループ、Cloud &amp; Branch Connector グループ、ZIdentity のユーザーとグループ、ZIA と Cloud &amp; Branch Connector の有効化ステータス）を読み取り、所有者だけが読み取れるスナップショットとして FILE に書き込みます。クライアントが読み取れないコレクションは、その理由とともに保持されます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The snapshot file to write.</source>
        <translation>書き込むスナップショット ファイル。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give one file to write.</source>
        <translation>書き込むファイルを 1 つ指定してください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2. %3</source>
        <translation>%1: %2。%3</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Saved %Ln record(s) to %1.</source>
        <translation>
            <numerusform>%Ln 件のレコードを %1 に保存しました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Compares two snapshots, or a snapshot with the tenant now (--live): per collection the records added, removed and changed, matched by ID, with the changed fields&apos; old and new values. Exit status: 0 equal, 1 different, 2 a file that is not a snapshot, is damaged or is of a newer format.</source>
        <translation>2 つのスナップショット、またはスナップショットと現在のテナント（--live）を比較します。コレクションごとに、追加、削除、変更されたレコードを ID で照合し、変更されたフィールドの旧値と新値を示します。終了ステータス: 0 同一、1 差分あり、2 ファイルがスナップショットではない、破損している、または新しいフォーマットである。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Compare OLD with the tenant as it is now.</source>
        <translation>OLD を現在のテナントと比較します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The older snapshot file.</source>
        <translation>古い方のスナップショット ファイル。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The newer snapshot file (not with --live).</source>
        <translation>新しい方のスナップショット ファイル（--live とは併用不可）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give one snapshot file to compare with the tenant.</source>
        <translation>テナントと比較するスナップショット ファイルを 1 つ指定してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give two snapshot files, or one and --live.</source>
        <translation>スナップショット ファイルを 2 つ、または 1 つと --live を指定してください。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Tenant snapshots: save the configuration, compare it later.</source>
        <translation>テナントのスナップショット: 設定を保存し、後で比較します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>save: write a snapshot of the tenant. diff: compare two snapshots, or one with the tenant now.</source>
        <translation>save: テナントのスナップショットを書き込みます。diff: 2 つのスナップショット、または 1 つと現在のテナントを比較します。</translation>
    </message>
</context>
<context>
    <name>zc::cli::ZccCommands</name>
    <message>
        <location filename="../app/cli/ZccCommands.cpp" line="+53"/>
        <source>Lists Client Connector devices, every page. --user and --os are filters of the API; the API has no hostname filter, so --hostname keeps the devices whose hostname contains the text (case-insensitive) after they arrived.</source>
        <translation>Client Connector デバイスをすべてのページにわたって一覧表示します。--user と --os は API のフィルターです。API にはホスト名のフィルターがないため、--hostname は受信後に、ホスト名にテキストを含むデバイス（大文字と小文字を区別しない）を残します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only the devices of this login name.</source>
        <translation>このログイン名のデバイスのみ。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only hostnames containing this text (filtered here).</source>
        <translation>このテキストを含むホスト名のみ（ここでフィルター）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only this OS: windows, macos, linux, ios or android.</source>
        <translation>この OS のみ: windows、macos、linux、ios、または android。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown OS &quot;%1&quot;: use windows, macos, linux, ios or android.</source>
        <translation>不明な OS &quot;%1&quot; です。windows、macos、linux、ios、または android を使用してください。</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Page %1 loaded (%Ln device(s)).</source>
        <translation>
            <numerusform>ページ %1 を読み込みました（%Ln 台のデバイス）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Warning: the retrieval could not be written to the audit list: %1</source>
        <translation>警告: 取得の記録を監査リストに書き込めませんでした: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The device has no UDID to ask its one-time passwords with.</source>
        <translation>このデバイスには、ワンタイム パスワードの要求に使用する UDID がありません。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>  %1  %2  %3  %4  last seen %5</source>
        <translation>  %1  %2  %3  %4  最終確認 %5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Prints the one-time passwords of a device (every kind the tenant sends) on standard output. Give the device&apos;s --udid, or --user (and --hostname) to find it first: when several devices match, they are listed on standard error and nothing is fetched (exit status 2). Each call asks ZCC for fresh values, and is written to the OTP audit list the desktop application shows (never the values).</source>
        <translation>デバイスのワンタイム パスワード（テナントが送信するすべての種類）を標準出力に出力します。デバイスの --udid を指定するか、先に検索するために --user（および --hostname）を指定してください。複数のデバイスが一致した場合は標準エラー出力に一覧表示され、何も取得されません（終了ステータス 2）。呼び出すたびに ZCC に新しい値を問い合わせ、デスクトップ アプリケーションに表示される OTP 監査リストに記録されます（値自体は記録されません）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The device&apos;s UDID.</source>
        <translation>デバイスの UDID。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the device of this login name.</source>
        <translation>このログイン名のデバイスを検索します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --user: only devices whose hostname contains this text.</source>
        <translation>--user と併用: ホスト名にこのテキストを含むデバイスのみ。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give either --udid or --user.</source>
        <translation>--udid または --user のいずれかを指定してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--hostname goes with --user, not with --udid.</source>
        <translation>--hostname は --user と併用します（--udid とは併用できません）。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 has no Client Connector device.</source>
        <translation>%1 には Client Connector デバイスがありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no Client Connector device whose hostname contains &quot;%2&quot;.</source>
        <translation>%1 には、ホスト名に &quot;%2&quot; を含む Client Connector デバイスがありません。</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln device(s) match; not guessing. Choose one with --udid (or narrow with --hostname):</source>
        <translation>
            <numerusform>%Ln 台のデバイスが一致したため、推測はしません。--udid で 1 台を選択してください（または --hostname で絞り込んでください）:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Client Connector commands.</source>
        <translation>Client Connector コマンド。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>devices: list devices. otp: a device&apos;s one-time passwords.</source>
        <translation>devices: デバイスを一覧表示します。otp: デバイスのワンタイム パスワード。</translation>
    </message>
</context>
<context>
    <name>zc::cli::ZdxCommands</name>
    <message>
        <location filename="../app/cli/ZdxCommands.cpp" line="-157"/>
        <source>The ZDX device ID (see &quot;zdx devices&quot;).</source>
        <translation>ZDX デバイス ID（&quot;zdx devices&quot; を参照）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The deep trace ID (see &quot;zdx trace list&quot;).</source>
        <translation>Deep Trace ID（&quot;zdx trace list&quot; を参照）。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--device and --trace are required.</source>
        <translation>--device と --trace は必須です。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lists the devices ZDX knows, every page of them, optionally only those whose name, hostname or user e-mail contains the query.</source>
        <translation>ZDX が認識しているデバイスをすべてのページにわたって一覧表示します。オプションで、名前、ホスト名、またはユーザーのメール アドレスにクエリを含むデバイスのみに絞り込めます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only devices whose name, hostname or user e-mail contains Q.</source>
        <translation>名前、ホスト名、またはユーザーのメール アドレスに Q を含むデバイスのみ。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Starts a deep trace on a device and prints {trace_id, status, expected_time}. A device runs one deep trace at a time.</source>
        <translation>デバイスで Deep Trace を開始し、{trace_id, status, expected_time} を出力します。1 台のデバイスで同時に実行できる Deep Trace は 1 つです。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The session name.</source>
        <translation>セッション名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long to trace: 5, 15, 30 or 60 minutes.</source>
        <translation>トレースの期間: 5、15、30、または 60 分。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also probe the device (health, processes).</source>
        <translation>デバイスもプローブします（正常性、プロセス）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application ID to trace.</source>
        <translation>トレースするアプリケーション ID。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web probe ID to run.</source>
        <translation>実行する Web プローブ ID。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CloudPath probe ID to run.</source>
        <translation>実行する CloudPath プローブ ID。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+46"/>
        <source>--device is required.</source>
        <translation>--device は必須です。</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>--name is required.</source>
        <translation>--name は必須です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--minutes must be 5, 15, 30 or 60.</source>
        <translation>--minutes は 5、15、30、または 60 である必要があります。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--%1 needs a positive numeric ID.</source>
        <translation>--%1 には正の数値 ID が必要です。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Lists a device&apos;s deep traces, newest first, with their status.</source>
        <translation>デバイスの Deep Trace をステータスとともに新しい順に一覧表示します。</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Cloud path hops (whole trace)</source>
        <translation>クラウド経路のホップ（トレース全体）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Deep trace</source>
        <translation>Deep Trace</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Health metrics</source>
        <translation>正常性メトリック</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Top processes</source>
        <translation>上位プロセス</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Web probe (page fetch)</source>
        <translation>Web プローブ（ページ取得）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cloud path legs (whole trace)</source>
        <translation>クラウド経路の区間（トレース全体）</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Shows a deep trace&apos;s status and its results. JSON: {&quot;trace&quot;, &quot;health_metrics&quot;, &quot;top_processes&quot;, &quot;webprobe_metrics&quot;, &quot;cloudpath_metrics&quot;, &quot;cloudpath&quot;, &quot;events&quot;}, each as the API sent it. Table and CSV: one titled section per part (CSV titles are lines starting with &apos;#&apos;); the web probe&apos;s download time and the cloud path&apos;s whole-trace figures are worked out. Results fill up while the trace runs.</source>
        <translation>Deep Trace のステータスと結果を表示します。JSON: {&quot;trace&quot;, &quot;health_metrics&quot;, &quot;top_processes&quot;, &quot;webprobe_metrics&quot;, &quot;cloudpath_metrics&quot;, &quot;cloudpath&quot;, &quot;events&quot;}（それぞれ API から送信されたまま）。table と CSV: パートごとにタイトル付きのセクションを 1 つ出力します（CSV のタイトルは &apos;#&apos; で始まる行です）。Web プローブのダウンロード時間と、クラウド経路のトレース全体の数値は計算して求めます。結果はトレースの実行中に蓄積されます。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Deletes a deep trace and its data (a running trace is stopped). Prints nothing on standard output.</source>
        <translation>Deep Trace とそのデータを削除します（実行中のトレースは停止されます）。標準出力には何も出力しません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleted deep trace %1.</source>
        <translation>Deep Trace %1 を削除しました。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ZDX deep traces.</source>
        <translation>ZDX Deep Trace。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start: start a deep trace. list: a device&apos;s traces. show: status and results. delete: delete a trace and its data.</source>
        <translation>start: Deep Trace を開始します。list: デバイスのトレース。show: ステータスと結果。delete: トレースとそのデータを削除します。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ZDX commands.</source>
        <translation>ZDX コマンド。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>devices: search devices. trace: start, list, show or delete deep traces.</source>
        <translation>devices: デバイスを検索します。trace: Deep Trace の開始、一覧表示、表示、削除。</translation>
    </message>
</context>
<context>
    <name>zc::cli::ZiaCommands</name>
    <message>
        <location filename="../app/cli/ZiaCommands.cpp" line="+52"/>
        <source>standard input</source>
        <translation>標準入力</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>line %1 of %2</source>
        <translation>%2 の %1 行目</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Looks up the categories of URLs in ZIA, 100 per request, and prints them in input order. URLs are trimmed and duplicates dropped; empty entries and URLs over 1,024 characters are reported and skipped (exit status 2 after the other results).</source>
        <translation>ZIA で URL のカテゴリを検索し（1 リクエストあたり 100 件）、入力順に出力します。URL は前後の空白が削除され、重複は除かれます。空のエントリと 1,024 文字を超える URL は報告されてスキップされます（他の結果の後に終了ステータス 2）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read URLs from FILE, one per line; &quot;-&quot; reads standard input.</source>
        <translation>FILE から URL を 1 行に 1 つずつ読み取ります。&quot;-&quot; の場合は標準入力から読み取ります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>URLs to look up; &quot;-&quot; reads standard input.</source>
        <translation>検索する URL。&quot;-&quot; の場合は標準入力から読み取ります。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>argument %1</source>
        <translation>引数 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No URLs given.</source>
        <translation>URL が指定されていません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Skipped %1: %2</source>
        <translation>%1 をスキップしました: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped %1 (%2): %3</source>
        <translation>%1（%2）をスキップしました: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Dropped %n duplicate URL(s).</source>
        <translation>
            <numerusform>重複する %n 件の URL を除外しました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Batch %1 of %2 done.</source>
        <translation>バッチ %1/%2 が完了しました。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>ZIA configuration activation.</source>
        <translation>ZIA の設定の有効化。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prints the ZIA activation status (ACTIVE or PENDING).</source>
        <translation>ZIA の有効化ステータス（ACTIVE または PENDING）を出力します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activates the pending ZIA configuration changes and prints the resulting status.</source>
        <translation>保留中の ZIA の設定変更を有効化し、結果のステータスを出力します。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ZIA commands.</source>
        <translation>ZIA コマンド。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>url-lookup: categories of URLs. activation: status or activate.</source>
        <translation>url-lookup: URL のカテゴリ。activation: ステータスまたは有効化。</translation>
    </message>
</context>
<context>
    <name>zc::cli::ZidCommands</name>
    <message>
        <location filename="../app/cli/ZidCommands.cpp" line="+30"/>
        <source>Lists ZIdentity users, every page (1,000 a page). --login matches a login name exactly (loginname); --like keeps the logins containing the text (loginname[like]); both are filters of the API.</source>
        <translation>ZIdentity ユーザーをすべてのページにわたって一覧表示します（1 ページあたり 1,000 件）。--login はログイン名と完全に一致するもの（loginname）、--like はテキストを含むログイン（loginname[like]）を残します。どちらも API のフィルターです。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exactly this login name.</source>
        <translation>このログイン名と完全に一致。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login names containing this text.</source>
        <translation>このテキストを含むログイン名。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Lists ZIdentity groups, every page.</source>
        <translation>ZIdentity グループをすべてのページにわたって一覧表示します。</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>ZIdentity commands.</source>
        <translation>ZIdentity コマンド。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>users: list users. groups: list groups.</source>
        <translation>users: ユーザーを一覧表示します。groups: グループを一覧表示します。</translation>
    </message>
</context>
<context>
    <name>zc::cli::ZpaCommands</name>
    <message>
        <location filename="../app/cli/ZpaCommands.cpp" line="+32"/>
        <source>Lists the ZPA application segments, every page (500 a request). Without --microtenant, the connection&apos;s microtenant (ZPA_MICROTENANT_ID) is used, or all of them.</source>
        <translation>ZPA のアプリケーション セグメントをすべてのページにわたって一覧表示します（1 リクエストあたり 500 件）。--microtenant を指定しない場合は、接続の Microtenant（ZPA_MICROTENANT_ID）、またはすべての Microtenant が使用されます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only this microtenant: an ID from &quot;zpa microtenants&quot;, &quot;0&quot; or &quot;default&quot; for the Default microtenant, &quot;all&quot; for every microtenant.</source>
        <translation>この Microtenant のみ: &quot;zpa microtenants&quot; で得られる ID、Default Microtenant の場合は &quot;0&quot; または &quot;default&quot;、すべての Microtenant の場合は &quot;all&quot;。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only segments whose name or a domain contains TEXT (ZPA&apos;s search).</source>
        <translation>名前またはドメインに TEXT を含むセグメントのみ（ZPA の検索）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--microtenant needs an ID, &quot;default&quot; or &quot;all&quot;.</source>
        <translation>--microtenant には ID、&quot;default&quot;、または &quot;all&quot; が必要です。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Lists the ZPA microtenants (the Default microtenant, ID 0, is not listed). Their IDs go to &quot;zpa segments --microtenant&quot;.</source>
        <translation>ZPA の Microtenant を一覧表示します（Default Microtenant（ID 0）は表示されません）。その ID は &quot;zpa segments --microtenant&quot; に指定します。</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>ZPA commands.</source>
        <translation>ZPA コマンド。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>segments: application segments. microtenants: the microtenants.</source>
        <translation>segments: アプリケーション セグメント。microtenants: Microtenant。</translation>
    </message>
</context>
<context>
    <name>zc::cli::ZtwCommands</name>
    <message>
        <location filename="../app/cli/ZtwCommands.cpp" line="+130"/>
        <source>Lists the Cloud &amp; Branch Connector groups, every page. JSON prints the groups as the API sent them, with their VMs and instances; CSV and table print one row per VM.</source>
        <translation>Cloud &amp; Branch Connector グループをすべてのページにわたって一覧表示します。JSON では、グループを API から送信されたまま、VM とインスタンスとともに出力します。CSV と table では、VM ごとに 1 行を出力します。</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Cloud &amp; Branch Connector activation.</source>
        <translation>Cloud &amp; Branch Connector の有効化。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prints the Cloud &amp; Branch Connector activation status (orgEditStatus EDITS_PRESENT means changes are pending).</source>
        <translation>Cloud &amp; Branch Connector の有効化ステータスを出力します（orgEditStatus が EDITS_PRESENT の場合、保留中の変更があります）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activates the pending Cloud &amp; Branch Connector changes and prints the resulting status. Sends POST as Zscaler&apos;s guide documents, and PUT (as the SDKs do) when the server answers 405.</source>
        <translation>保留中の Cloud &amp; Branch Connector の変更を有効化し、結果のステータスを出力します。Zscaler のガイドに記載されているとおり POST を送信し、サーバーが 405 を返した場合は（SDK と同様に）PUT を送信します。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cloud &amp; Branch Connector (ZTW) commands.</source>
        <translation>Cloud &amp; Branch Connector（ZTW）コマンド。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>groups: connector groups with their VMs. activation: status or activate.</source>
        <translation>groups: コネクター グループと VM。activation: ステータスまたは有効化。</translation>
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
        <translation>Zscaler OneAPI 用のコマンドライン コンソールです。

--profile を指定しない場合、接続情報は公式 SDK の環境変数から取得されます: ZSCALER_CLIENT_ID、ZSCALER_CLIENT_SECRET または ZSCALER_PRIVATE_KEY（PEM ファイル。ZSCALER_PRIVATE_KEY_PASSPHRASE）、ZSCALER_VANITY_DOMAIN、ZSCALER_CLOUD（production、beta、gov、govus、custom）、ZPA_CUSTOMER_ID、ZPA_MICROTENANT_ID、ZSCALER_TOKEN_URL、ZSCALER_API_URL、ZSCALER_CA_FILE。

プロキシ: --proxy、なければプロファイルのプロキシ、なければ HTTPS_PROXY、HTTP_PROXY、ALL_PROXY（http://[user:password@]host[:port]）と NO_PROXY、なければシステムの設定。

終了ステータス: 0 成功、1 API エラー、2 使用法または入力の誤り、3 認証失敗、4 ネットワークまたは TLS の障害（またはプロキシによる拒否）、5 再試行後に中止（レート制限、サーバー エラー、編集ロック）、130 中断。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>auth test | zia url-lookup | zia activation status | zia activation activate | ztw groups | ztw activation status|activate | zpa segments|microtenants | zdx devices | zdx trace start|list|show|delete | zcc devices | zcc otp | zid users | zid groups | snapshot save|diff | api METHOD PATH</source>
        <translation>auth test | zia url-lookup | zia activation status | zia activation activate | ztw groups | ztw activation status|activate | zpa segments|microtenants | zdx devices | zdx trace start|list|show|delete | zcc devices | zcc otp | zid users | zid groups | snapshot save|diff | api METHOD PATH</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Missing command.</source>
        <translation>コマンドがありません。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>不明なコマンド &quot;%1&quot; です。</translation>
    </message>
</context>
<context>
    <name>zc::jwt</name>
    <message numerus="yes">
        <location filename="../models/auth/Jwt.cpp" line="+101"/>
        <source>The token has %n part(s); a signed JWT has exactly 3.</source>
        <translation>
            <numerusform>トークンが %n 個の部分で構成されています。署名付き JWT はちょうど 3 個で構成されます。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The token&apos;s header or claims are empty.</source>
        <translation>トークンのヘッダーまたはクレームが空です。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The token&apos;s header is not valid base64url.</source>
        <translation>トークンのヘッダーが有効な base64url ではありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The token&apos;s header is not a JSON object.</source>
        <translation>トークンのヘッダーが JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The token&apos;s claims are not valid base64url.</source>
        <translation>トークンのクレームが有効な base64url ではありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The token&apos;s claims are not a JSON object.</source>
        <translation>トークンのクレームが JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The token&apos;s signature is not valid base64url.</source>
        <translation>トークンの署名が有効な base64url ではありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The token&apos;s header has no &quot;alg&quot;.</source>
        <translation>トークンのヘッダーに &quot;alg&quot; がありません。</translation>
    </message>
</context>
<context>
    <name>zc::main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+65"/>
        <source>Open the built-in demo tenant (a simulator on this computer; no network and no Zscaler account needed).</source>
        <translation>組み込みのデモ テナントを開きます（このコンピューター上のシミュレーターです。ネットワークや Zscaler アカウントは不要です）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A native desktop console for Zscaler OneAPI.</source>
        <translation>Zscaler OneAPI 用のネイティブ デスクトップ コンソールです。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Unknown option &quot;%1&quot;; see zconsole --help.</source>
        <translation>不明なオプション &quot;%1&quot; です。zconsole --help を参照してください。</translation>
    </message>
</context>
</TS>
