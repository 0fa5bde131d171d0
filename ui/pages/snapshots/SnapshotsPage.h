// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "pages/Page.h"
#include "pages/PageScaffold.h"
#include "snapshot/Snapshot.h"
#include "snapshot/SnapshotJob.h"
#include "snapshot/SnapshotStore.h"

#include <QPointer>

class QListWidget;
class QPushButton;

namespace zc {

class SnapshotDiffView;

// Tenant snapshots (issue 16): "Take snapshot" reads the tenant's configuration with progress
// and Cancel and keeps it in the snapshot folder (owner-only); the list shows the folder's
// snapshots newest first (and files opened with "Open…"); "Compare" compares the two selected
// ones (older against newer), "Compare with live" the selected one with the tenant now. The
// differences show as a tree with filters and can be exported (SnapshotDiffView).
class SnapshotsPage : public Page
{
    Q_OBJECT
public:
    explicit SnapshotsPage(Session *session, QWidget *parent = nullptr);
    ~SnapshotsPage() override;

    // The folder snapshots are kept in (tests use their own).
    void setFolder(const QString &folder);
    QString folder() const { return m_store.folder(); }

    void refresh() override; // lists the folder again

    void takeSnapshot();
    void cancel();
    void compareSelected();
    void compareWithLive();
    // Adds a snapshot file to the list and selects it; false (said in the banner) when it
    // cannot be read.
    bool openFile(const QString &path);
    void openWithDialog();
    bool isTaking() const { return m_job; }

    QListWidget *list() const { return m_list; }
    SnapshotDiffView *diffView() const { return m_diff; }
    QPushButton *takeButton() const { return m_take; }
    QPushButton *compareButton() const { return m_compare; }
    QPushButton *compareLiveButton() const { return m_compareLive; }
    QPushButton *openButton() const { return m_open; }
    ErrorBanner *errorBanner() const { return m_scaffold.banner(); }
    BusyBar *busyBar() const { return m_scaffold.busyBar(); }

Q_SIGNALS:
    // A snapshot was taken and saved (path), or taken for a live comparison (empty path).
    void snapshotTaken(const QString &path);
    void takeFailed(const zc::ApiError &error);
    void compared();

private:
    enum class After
    {
        Save,
        CompareLive,
    };
    void take(After after);
    void onTaken(const Snapshot &snapshot, After after);
    std::optional<Snapshot> read(const QString &path);
    void showComparison(const Snapshot &older, const Snapshot &newer);
    void updateButtons();
    QStringList selectedPaths() const;

    PageScaffold m_scaffold;
    SnapshotStore m_store;
    QStringList m_opened; // files opened from elsewhere, listed too
    QListWidget *m_list;
    SnapshotDiffView *m_diff;
    QPushButton *m_take;
    QPushButton *m_open;
    QPushButton *m_compare;
    QPushButton *m_compareLive;
    QPointer<SnapshotJob> m_job;
    QString m_livePath;          // the snapshot compared with live while the job runs
    After m_retry = After::Save; // what Retry in the banner takes again
};

} // namespace zc
