// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "SnapshotsPage.h"

#include "Session.h"
#include "SnapshotDiffView.h"
#include "dialogs/DialogSeams.h"
#include "snapshot/SnapshotDiff.h"
#include "snapshot/SnapshotFile.h"
#include "snapshot/SnapshotJob.h"
#include "widgets/BusyBar.h"
#include "widgets/ErrorBanner.h"
#include "widgets/NamedControl.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {

constexpr int kPathRole = Qt::UserRole + 1;

QString titleOf(const QString &key)
{
    const SnapshotCollectionSpec *spec = SnapshotCollectionSpec::find(key);
    return spec ? spec->title() : key;
}

} // namespace

SnapshotsPage::SnapshotsPage(Session *session, QWidget *parent)
    : Page(Area::Snapshots, session, parent)
    , m_scaffold(this, std::nullopt, PageScaffold::Body::Own)
    , m_list(new QListWidget)
    , m_diff(new SnapshotDiffView)
    , m_take(new QPushButton(tr("&Take snapshot"), this))
    , m_open(new QPushButton(tr("&Open…"), this))
    , m_compare(new QPushButton(tr("&Compare"), this))
    , m_compareLive(new QPushButton(tr("Compare with &live"), this))
{
    m_take->setObjectName(u"snapshotTake"_s);
    m_take->setToolTip(tr("Read the tenant's configuration now and keep it"));
    m_open->setObjectName(u"snapshotOpen"_s);
    m_open->setToolTip(tr("Add a snapshot file from elsewhere to the list"));
    m_compare->setObjectName(u"snapshotCompare"_s);
    m_compare->setToolTip(tr("Compare the two selected snapshots, older against newer"));
    m_compareLive->setObjectName(u"snapshotCompareLive"_s);
    m_compareLive->setToolTip(tr("Compare the selected snapshot with the tenant now"));
    connect(m_take, &QPushButton::clicked, this, &SnapshotsPage::takeSnapshot);
    connect(m_open, &QPushButton::clicked, this, &SnapshotsPage::openWithDialog);
    connect(m_compare, &QPushButton::clicked, this, &SnapshotsPage::compareSelected);
    connect(m_compareLive, &QPushButton::clicked, this, &SnapshotsPage::compareWithLive);

    namedControl(m_list, u"snapshotList"_s, tr("Snapshots"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &SnapshotsPage::updateButtons);
    connect(m_list, &QListWidget::itemActivated, this, [this] {
        if (selectedPaths().size() == 2)
            compareSelected();
    });

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"snapshotSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_list);
    splitter->addWidget(m_diff);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({260, 740});

    QHBoxLayout *top = PageScaffold::newTopRow();
    top->addWidget(m_take);
    top->addWidget(m_open);
    top->addStretch(1);
    top->addWidget(m_compare);
    top->addWidget(m_compareLive);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(6);
    layout->addLayout(top);
    layout->addWidget(errorBanner());
    layout->addWidget(busyBar());
    layout->addWidget(splitter, 1);

    connect(busyBar(), &BusyBar::cancelRequested, this, &SnapshotsPage::cancel);
    connect(errorBanner(), &ErrorBanner::retryRequested, this, [this] { take(m_retry); });
    m_scaffold.followSession([this] { updateButtons(); },
                             [this] {
                                 cancel();
                                 m_scaffold.clearStatus();
                                 updateButtons();
                             });
    refresh();
}

SnapshotsPage::~SnapshotsPage()
{
    if (m_job)
        m_job->cancel();
}

void SnapshotsPage::setFolder(const QString &folder)
{
    m_store = SnapshotStore(folder);
    refresh();
}

void SnapshotsPage::refresh()
{
    const QStringList selected = selectedPaths();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    const QLocale locale;
    for (const SnapshotStore::Entry &entry : m_store.list()) {
        auto *item = new QListWidgetItem(
            tr("%1 — %2").arg(entry.tenant,
                              locale.toString(entry.takenAt.toLocalTime(), QLocale::ShortFormat)),
            m_list);
        item->setData(kPathRole, entry.path);
        item->setToolTip(QDir::toNativeSeparators(entry.path));
    }
    for (const QString &path : std::as_const(m_opened)) {
        auto *item = new QListWidgetItem(tr("%1 (opened)").arg(QFileInfo(path).fileName()), m_list);
        item->setData(kPathRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    for (int i = 0; i < m_list->count(); ++i) {
        if (selected.contains(m_list->item(i)->data(kPathRole).toString()))
            m_list->item(i)->setSelected(true);
    }
    updateButtons();
}

QStringList SnapshotsPage::selectedPaths() const
{
    QStringList paths;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->isSelected())
            paths.append(m_list->item(i)->data(kPathRole).toString());
    }
    return paths;
}

void SnapshotsPage::updateButtons()
{
    const bool connected = session()->client() != nullptr;
    const qsizetype selected = selectedPaths().size();
    m_take->setEnabled(connected && !m_job);
    m_compare->setEnabled(selected == 2);
    m_compareLive->setEnabled(connected && !m_job && selected == 1);
}

void SnapshotsPage::takeSnapshot()
{
    take(After::Save);
}

void SnapshotsPage::compareWithLive()
{
    const QStringList paths = selectedPaths();
    if (paths.size() != 1)
        return;
    m_livePath = paths.first();
    take(After::CompareLive);
}

void SnapshotsPage::take(After after)
{
    if (m_job || !session()->client())
        return;
    m_scaffold.clearStatus();
    auto *job = new SnapshotJob(session()->client(), this);
    m_job = job;
    busyBar()->start(tr("Reading the tenant…"));
    busyBar()->setCancellable(true);
    connect(job, &SnapshotJob::progress, this,
            [this](int index, int count, const QString &key, int records) {
                busyBar()->setProgress(
                    index, count,
                    records > 0
                        ? tr("Reading %1 (%2 of %3, %Ln record(s))…", nullptr, records)
                              .arg(titleOf(key))
                              .arg(index + 1)
                              .arg(count)
                        : tr("Reading %1 (%2 of %3)…").arg(titleOf(key)).arg(index + 1).arg(count));
            });
    connect(job, &Job::waiting, this, [this](Job *, int seconds, WaitReason reason) {
        busyBar()->showWait(Product::Zpa, seconds, reason);
    });
    connect(job, &Job::succeeded, this, [this, job, after] { onTaken(job->snapshot(), after); });
    connect(job, &Job::failed, this, [this](Job *, const ApiError &error) {
        m_scaffold.showFailure(error, tr("Snapshot cancelled: nothing was kept."), true);
        Q_EMIT takeFailed(error);
    });
    connect(job, &Job::finished, this, [this] {
        m_job = nullptr; // it deletes itself later
        busyBar()->finish();
        updateButtons();
    });
    m_retry = after;
    job->start();
    updateButtons();
}

void SnapshotsPage::onTaken(const Snapshot &snapshot, After after)
{
    QStringList missing;
    for (const SnapshotCollection &c : snapshot.collections) {
        if (!c.isPresent())
            missing.append(
                tr("%1: %2").arg(titleOf(c.key), SnapshotCollection::stateText(c.state)));
    }
    if (!missing.isEmpty())
        errorBanner()->showMessage(ErrorBanner::Severity::Info,
                                   tr("Not in the snapshot: %1.").arg(missing.join(u"; "_s)));
    if (after == After::CompareLive) {
        if (const std::optional<Snapshot> older = read(m_livePath))
            showComparison(*older, snapshot);
        Q_EMIT snapshotTaken({});
        return;
    }
    QString error;
    const QString path = m_store.save(snapshot, &error);
    if (path.isEmpty()) {
        errorBanner()->showMessage(ErrorBanner::Severity::Error, error);
        return;
    }
    refresh();
    for (int i = 0; i < m_list->count(); ++i)
        m_list->item(i)->setSelected(m_list->item(i)->data(kPathRole).toString() == path);
    Q_EMIT snapshotTaken(path);
}

void SnapshotsPage::cancel()
{
    if (m_job)
        m_job->cancel();
}

std::optional<Snapshot> SnapshotsPage::read(const QString &path)
{
    SnapshotReadError error;
    std::optional<Snapshot> snapshot = SnapshotFile::read(path, &error);
    if (!snapshot)
        errorBanner()->showMessage(ErrorBanner::Severity::Error, error.message);
    return snapshot;
}

void SnapshotsPage::compareSelected()
{
    const QStringList paths = selectedPaths();
    if (paths.size() != 2)
        return;
    std::optional<Snapshot> a = read(paths.at(0));
    std::optional<Snapshot> b = a ? read(paths.at(1)) : std::nullopt;
    if (!a || !b)
        return;
    if (a->takenAt > b->takenAt)
        std::swap(a, b);
    showComparison(*a, *b);
}

void SnapshotsPage::showComparison(const Snapshot &older, const Snapshot &newer)
{
    m_diff->setDiff(SnapshotDiff::compare(older, newer));
    Q_EMIT compared();
}

bool SnapshotsPage::openFile(const QString &path)
{
    if (!read(path))
        return false;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!m_opened.contains(absolute))
        m_opened.append(absolute);
    refresh();
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(kPathRole).toString() == absolute)
            m_list->item(i)->setSelected(true);
    }
    return true;
}

void SnapshotsPage::openWithDialog()
{
    const QString path = DialogSeams::instance()->getOpenFileName(
        this, tr("Open snapshot"), m_store.folder(), tr("Snapshots (*.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

} // namespace zc
