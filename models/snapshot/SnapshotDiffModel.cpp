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
    : QAbstractItemModel(parent)
{}

void SnapshotDiffModel::setDiff(const SnapshotDiff &diff)
{
    beginResetModel();
    m_diff = diff;
    m_nodes.clear();
    m_roots.clear();
    for (int c = 0; c < m_diff.collections.size(); ++c) {
        const int collectionNode = int(m_nodes.size());
        m_nodes.append({-1, int(m_roots.size()), c, -1, -1, {}});
        m_roots.append(collectionNode);
        const QList<RecordChange> &changes = m_diff.collections.at(c).changes;
        for (int r = 0; r < changes.size(); ++r) {
            const int recordNode = int(m_nodes.size());
            m_nodes.append({collectionNode, r, c, r, -1, {}});
            m_nodes[collectionNode].children.append(recordNode);
            for (int f = 0; f < changes.at(r).fields.size(); ++f) {
                m_nodes[recordNode].children.append(int(m_nodes.size()));
                m_nodes.append({recordNode, f, c, r, f, {}});
            }
        }
    }
    endResetModel();
}

int SnapshotDiffModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? int(index.internalId()) : -1;
}

QModelIndex SnapshotDiffModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    const QList<int> &children = parent.isValid() ? m_nodes.at(nodeOf(parent)).children : m_roots;
    if (row >= children.size() || (parent.isValid() && parent.column() != 0))
        return {};
    return createIndex(row, column, quintptr(children.at(row)));
}

QModelIndex SnapshotDiffModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parentNode = m_nodes.at(nodeOf(child)).parent;
    if (parentNode < 0)
        return {};
    return createIndex(m_nodes.at(parentNode).row, 0, quintptr(parentNode));
}

int SnapshotDiffModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_roots.size());
    if (parent.column() != 0)
        return 0;
    return int(m_nodes.at(nodeOf(parent)).children.size());
}

int SnapshotDiffModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
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
