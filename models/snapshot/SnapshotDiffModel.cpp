// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "SnapshotDiffModel.h"

#include "SnapshotDiffExport.h"

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {

// Long values (a whole record, a list) are cut in the cell; the tooltip has all of it.
constexpr int kCellLength = 200;

QString cell(const QString &text)
{
    return text.size() > kCellLength ? text.left(kCellLength) + u'…' : text;
}

} // namespace

SnapshotDiffModel::SnapshotDiffModel(QObject *parent)
    : NodeTreeModel(ColumnCount, parent)
{}

void SnapshotDiffModel::setDiff(const SnapshotDiff &diff)
{
    beginResetModel();
    m_diff = diff;
    clearNodes();
    m_nodes.clear();
    for (int c = 0; c < m_diff.collections.size(); ++c) {
        const int collectionNode = addNode(-1);
        m_nodes.append({c, -1, -1});
        const QList<RecordChange> &changes = m_diff.collections.at(c).changes;
        for (int r = 0; r < changes.size(); ++r) {
            const int recordNode = addNode(collectionNode);
            m_nodes.append({c, r, -1});
            for (int f = 0; f < changes.at(r).fields.size(); ++f) {
                addNode(recordNode);
                m_nodes.append({c, r, f});
            }
        }
    }
    endResetModel();
}

QVariant SnapshotDiffModel::display(const Node &node, int column) const
{
    const CollectionDiff &collection = m_diff.collections.at(node.collection);
    if (node.change < 0) {
        switch (column) {
        case ItemColumn:
            return collection.title;
        case ChangeColumn:
            if (!collection.unavailable.isEmpty())
                return collection.unavailable;
            if (collection.changes.isEmpty())
                return tr("No differences");
            return tr("%1 added, %2 removed, %3 changed")
                .arg(collection.count(RecordChange::Kind::Added))
                .arg(collection.count(RecordChange::Kind::Removed))
                .arg(collection.count(RecordChange::Kind::Changed));
        default:
            return {};
        }
    }
    const RecordChange &change = collection.changes.at(node.change);
    if (node.field < 0) {
        switch (column) {
        case ItemColumn:
            return change.name.isEmpty() ? change.id : tr("%1 (%2)").arg(change.name, change.id);
        case ChangeColumn:
            return RecordChange::kindText(change.kind);
        case OldColumn:
            return change.kind == RecordChange::Kind::Removed
                       ? cell(SnapshotDiffExport::valueText(change.record))
                       : QVariant();
        case NewColumn:
            return change.kind == RecordChange::Kind::Added
                       ? cell(SnapshotDiffExport::valueText(change.record))
                       : QVariant();
        default:
            return {};
        }
    }
    const FieldChange &field = change.fields.at(node.field);
    switch (column) {
    case ItemColumn:
        return field.path;
    case ChangeColumn:
        return field.oldValue.isUndefined()   ? tr("added")
               : field.newValue.isUndefined() ? tr("removed")
                                              : tr("changed");
    case OldColumn:
        return cell(SnapshotDiffExport::valueText(field.oldValue));
    case NewColumn:
        return cell(SnapshotDiffExport::valueText(field.newValue));
    default:
        return {};
    }
}

QVariant SnapshotDiffModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &node = m_nodes.at(nodeOf(index));
    const CollectionDiff &collection = m_diff.collections.at(node.collection);
    switch (role) {
    case Qt::DisplayRole:
        return display(node, index.column());
    case Qt::ToolTipRole: {
        if (index.column() != OldColumn && index.column() != NewColumn)
            return display(node, index.column());
        if (node.change < 0)
            return {};
        const RecordChange &change = collection.changes.at(node.change);
        if (node.field < 0)
            return display(node, index.column()).isNull()
                       ? QVariant()
                       : SnapshotDiffExport::valueText(change.record);
        const FieldChange &field = change.fields.at(node.field);
        return SnapshotDiffExport::valueText(index.column() == OldColumn ? field.oldValue
                                                                         : field.newValue);
    }
    case KindRole:
        return node.change < 0 ? -1 : int(collection.changes.at(node.change).kind);
    case CollectionKeyRole:
        return collection.key;
    case LevelRole:
        return node.change < 0 ? 0 : node.field < 0 ? 1 : 2;
    case SearchTextRole: {
        if (node.change < 0)
            return collection.title;
        const RecordChange &change = collection.changes.at(node.change);
        if (node.field < 0)
            return QStringList{change.id, change.name}.join(u'\n');
        const FieldChange &field = change.fields.at(node.field);
        return QStringList{field.path, SnapshotDiffExport::valueText(field.oldValue),
                           SnapshotDiffExport::valueText(field.newValue)}
            .join(u'\n');
    }
    default:
        return {};
    }
}

QVariant SnapshotDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ItemColumn:
        return tr("Collection, record or field");
    case ChangeColumn:
        return tr("Change");
    case OldColumn:
        return tr("Old value");
    case NewColumn:
        return tr("New value");
    default:
        return {};
    }
}

} // namespace zc
