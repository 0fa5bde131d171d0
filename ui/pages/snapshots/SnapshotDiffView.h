// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "snapshot/SnapshotDiff.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;

namespace zc {

class SnapshotDiffFilterModel;
class SnapshotDiffModel;

// The Snapshots page's comparison: a summary line, filters (kind of change, collection, text),
// the differences as a tree (collection → record → field, with old and new values) and
// "Export differences…" to JSON, CSV or an HTML report.
class SnapshotDiffView : public QWidget
{
    Q_OBJECT
public:
    explicit SnapshotDiffView(QWidget *parent = nullptr);

    void setDiff(const SnapshotDiff &diff);
    void clear();
    bool hasDiff() const { return m_hasDiff; }

    // Writes the differences to `path` as the extension says: .csv, .html/.htm, else JSON.
    // False with a sentence on failure.
    bool exportTo(const QString &path, QString *error) const;
    // Asks for a file (DialogSeams) and exports; problems in a warning.
    void exportWithDialog();

    SnapshotDiffModel *model() const { return m_model; }
    SnapshotDiffFilterModel *filterModel() const { return m_filter; }
    QTreeView *tree() const { return m_tree; }
    QLabel *summaryLabel() const { return m_summary; }
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *collectionBox() const { return m_collection; }
    QLineEdit *filterEdit() const { return m_text; }
    QPushButton *exportButton() const { return m_export; }

private:
    void applyKind();
    void fillCollections();
    void expandRecords();

    SnapshotDiffModel *m_model;
    SnapshotDiffFilterModel *m_filter;
    QLabel *m_summary;
    QComboBox *m_kind;
    QComboBox *m_collection;
    QLineEdit *m_text;
    QPushButton *m_export;
    QTreeView *m_tree;
    bool m_hasDiff = false;
};

} // namespace zc
