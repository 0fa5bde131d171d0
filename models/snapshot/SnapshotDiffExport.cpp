// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "SnapshotDiffExport.h"

#include "common/RecordExporter.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {

// The context of this file's messages, the same for lupdate and at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(zc::SnapshotDiffExport)
};

QJsonObject fieldJson(const FieldChange &field)
{
    QJsonObject object{{u"path"_s, field.path}};
    if (!field.oldValue.isUndefined())
        object.insert(u"old"_s, field.oldValue);
    if (!field.newValue.isUndefined())
        object.insert(u"new"_s, field.newValue);
    return object;
}

QJsonObject row(const CollectionDiff &collection, const RecordChange &change,
                const QString &field = {}, const QJsonValue &older = {},
                const QJsonValue &newer = {})
{
    return QJsonObject{{u"collection"_s, collection.key},
                       {u"product"_s, productKey(collection.product)},
                       {u"change"_s, RecordChange::kindKey(change.kind)},
                       {u"id"_s, change.id},
                       {u"name"_s, change.name},
                       {u"field"_s, field},
                       {u"old"_s, SnapshotDiffExport::valueText(older)},
                       {u"new"_s, SnapshotDiffExport::valueText(newer)}};
}

QString sideText(const QJsonObject &side)
{
    Snapshot snapshot;
    snapshot.tenant = side.value("tenant"_L1).toObject();
    return Tr::tr("%1, taken %2").arg(snapshot.tenantLabel(), side.value("takenAt"_L1).toString());
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

QString SnapshotDiffExport::valueText(const QJsonValue &value)
{
    if (value.isUndefined())
        return {};
    if (value.isString())
        return value.toString();
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return RecordExporter::valueText(value);
}

QJsonObject SnapshotDiffExport::toJson(const SnapshotDiff &diff)
{
    using Kind = RecordChange::Kind;
    QJsonArray collections;
    for (const CollectionDiff &c : diff.collections) {
        QJsonObject object{{u"key"_s, c.key},
                           {u"product"_s, productKey(c.product)},
                           {u"title"_s, c.title},
                           {u"equal"_s, c.isEqual()}};
        if (!c.unavailable.isEmpty())
            object.insert(u"unavailable"_s, c.unavailable);
        QJsonArray added, removed, changed;
        for (const RecordChange &change : c.changes) {
            QJsonObject item{{u"id"_s, change.id}, {u"name"_s, change.name}};
            if (change.kind == Kind::Changed) {
                QJsonArray fields;
                for (const FieldChange &field : change.fields)
                    fields.append(fieldJson(field));
                item.insert(u"fields"_s, fields);
                changed.append(item);
            } else {
                item.insert(u"record"_s, change.record);
                (change.kind == Kind::Added ? added : removed).append(item);
            }
        }
        object.insert(u"added"_s, added);
        object.insert(u"removed"_s, removed);
        object.insert(u"changed"_s, changed);
        collections.append(object);
    }
    return QJsonObject{{u"equal"_s, diff.isEqual()},
                       {u"old"_s, diff.older},
                       {u"new"_s, diff.newer},
                       {u"summary"_s, QJsonObject{{u"added"_s, diff.count(Kind::Added)},
                                                  {u"removed"_s, diff.count(Kind::Removed)},
                                                  {u"changed"_s, diff.count(Kind::Changed)}}},
                       {u"collections"_s, collections}};
}

QByteArray SnapshotDiffExport::json(const SnapshotDiff &diff)
{
    return QJsonDocument(toJson(diff)).toJson(QJsonDocument::Indented);
}

QJsonArray SnapshotDiffExport::rows(const SnapshotDiff &diff)
{
    QJsonArray rows;
    for (const CollectionDiff &c : diff.collections) {
        if (c.availabilityChanged) {
            rows.append(QJsonObject{{u"collection"_s, c.key},
                                    {u"product"_s, productKey(c.product)},
                                    {u"change"_s, u"availability"_s},
                                    {u"new"_s, c.unavailable}});
        }
        for (const RecordChange &change : c.changes) {
            if (change.kind != RecordChange::Kind::Changed) {
                rows.append(row(c, change));
                continue;
            }
            for (const FieldChange &field : change.fields)
                rows.append(row(c, change, field.path, field.oldValue, field.newValue));
        }
    }
    return rows;
}

QList<RecordColumn> SnapshotDiffExport::rowColumns()
{
    return RecordColumn::plainList({{u"collection"_s, {}},
                                    {u"change"_s, {}},
                                    {u"id"_s, {}},
                                    {u"name"_s, {}},
                                    {u"field"_s, {}},
                                    {u"old"_s, {}},
                                    {u"new"_s, {}}});
}

QByteArray SnapshotDiffExport::csv(const SnapshotDiff &diff)
{
    return RecordExporter::csv(
        RecordExporter::grid(rows(diff), rowColumns(), RecordExporter::Header::Keys));
}

QByteArray SnapshotDiffExport::html(const SnapshotDiff &diff)
{
    using Kind = RecordChange::Kind;
    QString out;
    out += u"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>"_s +
           escaped(Tr::tr("Snapshot comparison")) +
           u"</title>\n<style>body{font-family:sans-serif;margin:2em}table{border-collapse:"
           "collapse}td,th{border:1px solid #999;padding:2px 6px;text-align:left;vertical-"
           "align:top}.added{color:#060}.removed{color:#900}code{white-space:pre-wrap}"
           "</style></head><body>\n"_s;
    out += u"<h1>"_s + escaped(Tr::tr("Snapshot comparison")) + u"</h1>\n<p>"_s +
           escaped(Tr::tr("Old: %1").arg(sideText(diff.older))) + u"<br>"_s +
           escaped(Tr::tr("New: %1").arg(sideText(diff.newer))) + u"</p>\n<p>"_s +
           escaped(diff.isEqual() ? Tr::tr("No differences.")
                                  : Tr::tr("%1 added, %2 removed, %3 changed.")
                                        .arg(diff.count(Kind::Added))
                                        .arg(diff.count(Kind::Removed))
                                        .arg(diff.count(Kind::Changed))) +
           u"</p>\n"_s;
    for (const CollectionDiff &c : diff.collections) {
        out += u"<h2>"_s + escaped(c.title) + u"</h2>\n"_s;
        if (!c.unavailable.isEmpty())
            out += u"<p>"_s + escaped(c.unavailable) + u"</p>\n"_s;
        if (c.changes.isEmpty()) {
            if (c.unavailable.isEmpty())
                out += u"<p>"_s + escaped(Tr::tr("No differences.")) + u"</p>\n"_s;
            continue;
        }
        out += u"<table><tr><th>"_s + escaped(Tr::tr("Change")) + u"</th><th>"_s +
               escaped(Tr::tr("Record")) + u"</th><th>"_s + escaped(Tr::tr("Field")) +
               u"</th><th>"_s + escaped(Tr::tr("Old value")) + u"</th><th>"_s +
               escaped(Tr::tr("New value")) + u"</th></tr>\n"_s;
        for (const RecordChange &change : c.changes) {
            const QString record = escaped(
                change.name.isEmpty() ? change.id : Tr::tr("%1 (%2)").arg(change.name, change.id));
            const QString kind = RecordChange::kindKey(change.kind);
            if (change.kind != Kind::Changed) {
                out += u"<tr class=\""_s + kind + u"\"><td>"_s +
                       escaped(RecordChange::kindText(change.kind)) + u"</td><td>"_s + record +
                       u"</td><td></td><td></td><td></td></tr>\n"_s;
                continue;
            }
            for (const FieldChange &field : change.fields) {
                out += u"<tr><td>"_s + escaped(RecordChange::kindText(change.kind)) +
                       u"</td><td>"_s + record + u"</td><td><code>"_s + escaped(field.path) +
                       u"</code></td><td><code>"_s + escaped(valueText(field.oldValue)) +
                       u"</code></td><td><code>"_s + escaped(valueText(field.newValue)) +
                       u"</code></td></tr>\n"_s;
            }
        }
        out += u"</table>\n"_s;
    }
    out += u"</body></html>\n"_s;
    return out.toUtf8();
}

} // namespace zc
