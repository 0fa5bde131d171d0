// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "SnapshotDiffView.h"

#include "common/RecordExporter.h"
#include "dialogs/DialogSeams.h"
#include "snapshot/SnapshotDiffExport.h"
#include "snapshot/SnapshotDiffFilterModel.h"
#include "snapshot/SnapshotDiffModel.h"
#include "widgets/NamedControl.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {

// Trees of at most this many records open with every record's fields shown.
constexpr int kExpandLimit = 500;

} // namespace

SnapshotDiffView::SnapshotDiffView(QWidget *parent)
    : QWidget(parent)
    , m_model(new SnapshotDiffModel(this))
    , m_filter(new SnapshotDiffFilterModel(this))
    , m_summary(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_collection(new QComboBox(this))
    , m_text(new QLineEdit(this))
    , m_export(new QPushButton(tr("E&xport differences…"), this))
    , m_tree(new QTreeView(this))
{
    m_filter->setSourceModel(m_model);

    m_summary->setObjectName(u"snapshotDiffSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    namedControl(m_kind, u"snapshotDiffKind"_s, tr("Kind of change"));
    m_kind->addItem(tr("All changes"));
    m_kind->addItem(tr("Added"));
    m_kind->addItem(tr("Removed"));
    m_kind->addItem(tr("Changed"));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &SnapshotDiffView::applyKind);

    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_collection->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    namedControl(m_collection, u"snapshotDiffCollection"_s, tr("Collection"));
    connect(m_collection, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setCollection(m_collection->currentData().toString());
        expandRecords();
    });

    namedControl(m_text, u"snapshotDiffFilter"_s, tr("Filter the differences"));
    m_text->setPlaceholderText(tr("Filter by ID, name, field or value"));
    m_text->setClearButtonEnabled(true);
    connect(m_text, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setText(text);
        expandRecords();
    });

    m_export->setObjectName(u"snapshotDiffExport"_s);
    m_export->setToolTip(tr("Save the differences as JSON, CSV or an HTML report"));
    connect(m_export, &QPushButton::clicked, this, &SnapshotDiffView::exportWithDialog);

    namedControl(m_tree, u"snapshotDiffTree"_s, tr("Differences"));
    m_tree->setModel(m_filter);
    m_tree->setUniformRowHeights(true);
    m_tree->setAnimated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->header()->resizeSection(SnapshotDiffModel::ItemColumn, 280);
    m_tree->header()->resizeSection(SnapshotDiffModel::ChangeColumn, 180);
    m_tree->header()->resizeSection(SnapshotDiffModel::OldColumn, 220);

    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(m_kind);
    filters->addWidget(m_collection);
    filters->addWidget(m_text, 1);
    filters->addWidget(m_export);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addLayout(filters);
    layout->addWidget(m_tree, 1);
    clear();
}

void SnapshotDiffView::setDiff(const SnapshotDiff &diff)
{
    m_model->setDiff(diff);
    m_hasDiff = true;
    const auto when = [](const QJsonObject &side) {
        const QDateTime time =
            QDateTime::fromString(side.value("takenAt"_L1).toString(), Qt::ISODate);
        return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
    };
    const QString old = when(diff.older);
    const QString now = when(diff.newer);
    m_summary->setText(diff.isEqual() ? tr("No differences between %1 and %2.").arg(old, now)
                                      : tr("From %1 to %2: %3 added, %4 removed, %5 changed.")
                                            .arg(old, now)
                                            .arg(diff.count(RecordChange::Kind::Added))
                                            .arg(diff.count(RecordChange::Kind::Removed))
                                            .arg(diff.count(RecordChange::Kind::Changed)));
    fillCollections();
    m_export->setEnabled(true);
    m_kind->setEnabled(true);
    m_collection->setEnabled(true);
    m_text->setEnabled(true);
    expandRecords();
}

void SnapshotDiffView::clear()
{
    m_model->setDiff({});
    m_hasDiff = false;
    m_summary->setText(tr("Select two snapshots and Compare, or one and Compare with live."));
    m_export->setEnabled(false);
    m_kind->setEnabled(false);
    m_collection->setEnabled(false);
    m_text->setEnabled(false);
}

void SnapshotDiffView::applyKind()
{
    using Kind = RecordChange::Kind;
    switch (m_kind->currentIndex()) {
    case 1:
        m_filter->setKinds({Kind::Added});
        break;
    case 2:
        m_filter->setKinds({Kind::Removed});
        break;
    case 3:
        m_filter->setKinds({Kind::Changed});
        break;
    default:
        m_filter->setKinds({Kind::Added, Kind::Removed, Kind::Changed});
        break;
    }
    expandRecords();
}

void SnapshotDiffView::fillCollections()
{
    const QSignalBlocker blocker(m_collection);
    m_collection->clear();
    m_collection->addItem(tr("All collections"), QString());
    for (const CollectionDiff &c : m_model->diff().collections)
        m_collection->addItem(c.title, c.key);
    m_filter->setCollection({});
}

void SnapshotDiffView::expandRecords()
{
    // Collections open; their records too while the tree stays small enough to read.
    int records = 0;
    for (int r = 0; r < m_filter->rowCount(); ++r)
        records += m_filter->rowCount(m_filter->index(r, 0));
    for (int r = 0; r < m_filter->rowCount(); ++r) {
        const QModelIndex collection = m_filter->index(r, 0);
        m_tree->expand(collection);
        if (records <= kExpandLimit) {
            for (int c = 0; c < m_filter->rowCount(collection); ++c)
                m_tree->expand(m_filter->index(c, 0, collection));
        }
    }
}

bool SnapshotDiffView::exportTo(const QString &path, QString *error) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QByteArray bytes = suffix == "csv"_L1 ? SnapshotDiffExport::csv(m_model->diff())
                             : suffix == "html"_L1 || suffix == "htm"_L1
                                 ? SnapshotDiffExport::html(m_model->diff())
                                 : SnapshotDiffExport::json(m_model->diff());
    return RecordExporter::writeFile(path, bytes, error);
}

void SnapshotDiffView::exportWithDialog()
{
    if (!m_hasDiff)
        return;
    const QString path = DialogSeams::instance()->getSaveFileName(
        this, tr("Export differences"), QDir::home().filePath(u"snapshot-differences.html"_s),
        tr("HTML report (*.html);;CSV (*.csv);;JSON (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, &error))
        DialogSeams::instance()->warning(this, tr("Export differences"), error);
}

} // namespace zc
