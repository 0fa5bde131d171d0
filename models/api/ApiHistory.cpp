// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ApiHistory.h"

#include "platform/FilePermissions.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;
#include <algorithm>

namespace zc {

namespace {

// A body as it may be kept: members with secret-looking names removed at every depth.
QJsonValue withoutSecrets(const QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject object;
        const QJsonObject source = value.toObject();
        for (auto it = source.begin(); it != source.end(); ++it) {
            if (!ApiHistory::isSecretName(it.key()))
                object.insert(it.key(), withoutSecrets(it.value()));
        }
        return object;
    }
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &item : value.toArray())
            array.append(withoutSecrets(item));
        return array;
    }
    return value;
}

QByteArray keptBody(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isObject())
        return QJsonDocument(withoutSecrets(document.object()).toObject()).toJson();
    if (document.isArray())
        return QJsonDocument(withoutSecrets(document.array()).toArray()).toJson();
    return {}; // not JSON: nothing that could be checked is kept
}

} // namespace

ApiHistory::ApiHistory(QObject *parent)
    : QAbstractListModel(parent)
{}

bool ApiHistory::isSecretName(const QString &name)
{
    static const QStringList words{u"token"_s,  u"secret"_s,    u"password"_s,
                                   u"passwd"_s, u"apikey"_s,    u"api_key"_s,
                                   u"otp"_s,    u"assertion"_s, u"authorization"_s};
    const QString lower = name.toLower();
    return std::any_of(words.begin(), words.end(),
                       [&](const QString &word) { return lower.contains(word); });
}

QString ApiHistory::fileForProfile(const QString &profile)
{
    // The name made safe as a file name; distinct names that map alike share a history.
    QString safe;
    for (const QChar c : profile)
        safe += c.isLetterOrNumber() || c == u'-' || c == u'_' ? c : u'_';
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           u"/api-history/"_s + (safe.isEmpty() ? u"_"_s : safe) + u".json"_s;
}

void ApiHistory::setFilePath(const QString &filePath)
{
    beginResetModel();
    m_filePath = filePath;
    load();
    endResetModel();
}

void ApiHistory::load()
{
    m_entries.clear();
    QFile file(m_filePath);
    if (m_filePath.isEmpty() || !file.open(QIODevice::ReadOnly))
        return;
    const QJsonArray items = QJsonDocument::fromJson(file.readAll()).array();
    for (const QJsonValue &item : items) {
        const QJsonObject o = item.toObject();
        Entry entry;
        entry.time = QDateTime::fromString(o.value("time"_L1).toString(), Qt::ISODate);
        entry.call.method = o.value("method"_L1).toString().toLatin1();
        entry.call.path = o.value("path"_L1).toString();
        entry.call.paginate = o.value("paginate"_L1).toBool();
        for (const QJsonValue &pair : o.value("query"_L1).toArray()) {
            const QJsonArray kv = pair.toArray();
            if (kv.size() == 2 && !isSecretName(kv.at(0).toString()))
                entry.call.query.append({kv.at(0).toString(), kv.at(1).toString()});
        }
        entry.call.body = keptBody(o.value("body"_L1).toString().toUtf8());
        if (!entry.call.path.isEmpty() &&
            ApiCall::methods().contains(QString::fromLatin1(entry.call.method)))
            m_entries.append(entry);
        if (m_entries.size() >= kMaximumEntries)
            break;
    }
}

bool ApiHistory::save(QString *error)
{
    if (m_filePath.isEmpty())
        return true;
    QJsonArray items;
    for (const Entry &entry : std::as_const(m_entries)) {
        QJsonArray query;
        for (const auto &[key, value] : entry.call.query)
            query.append(QJsonArray{key, value});
        QJsonObject o{{u"time"_s, entry.time.toString(Qt::ISODateWithMs)},
                      {u"method"_s, QString::fromLatin1(entry.call.method)},
                      {u"path"_s, entry.call.path},
                      {u"query"_s, query}};
        if (entry.call.paginate)
            o.insert(u"paginate"_s, true);
        if (!entry.call.body.isEmpty())
            o.insert(u"body"_s, QString::fromUtf8(entry.call.body));
        items.append(o);
    }
    QString problem;
    if (!platform::makeOwnerOnlyFolder(QFileInfo(m_filePath).absolutePath()) ||
        !platform::writeOwnerOnlyFile(m_filePath, QJsonDocument(items).toJson(), &problem)) {
        if (error)
            *error = problem.isEmpty() ? QCoreApplication::translate(
                                             "zc::ApiHistory", "Cannot create the folder of %1.")
                                             .arg(m_filePath)
                                       : problem;
        return false;
    }
    return true;
}

bool ApiHistory::record(const ApiCall &call, QString *error)
{
    Entry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.call.method = call.method;
    entry.call.path = call.path.trimmed();
    entry.call.paginate = call.paginate;
    for (const auto &item : call.query) {
        if (!isSecretName(item.first))
            entry.call.query.append(item);
    }
    if (m_keepBodies)
        entry.call.body = keptBody(call.body);

    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const ApiCall &old = m_entries.at(i).call;
        if (old.method == entry.call.method && old.path == entry.call.path &&
            old.query == entry.call.query && old.body == entry.call.body) {
            beginRemoveRows({}, int(i), int(i));
            m_entries.removeAt(i);
            endRemoveRows();
            break;
        }
    }
    beginInsertRows({}, 0, 0);
    m_entries.prepend(entry);
    endInsertRows();
    if (m_entries.size() > kMaximumEntries) {
        beginRemoveRows({}, kMaximumEntries, int(m_entries.size()) - 1);
        m_entries.resize(kMaximumEntries);
        endRemoveRows();
    }
    return save(error);
}

ApiCall ApiHistory::call(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).call : ApiCall{};
}

bool ApiHistory::clear(QString *error)
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
    return save(error);
}

int ApiHistory::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant ApiHistory::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return QString::fromLatin1(entry.call.method) + u' ' + entry.call.path;
    case Qt::ToolTipRole: {
        QStringList query;
        for (const auto &[key, value] : entry.call.query)
            query.append(key + u'=' + value);
        return query.isEmpty() ? entry.call.path : entry.call.path + u'?' + query.join(u'&');
    }
    case MethodRole:
        return QString::fromLatin1(entry.call.method);
    case PathRole:
        return entry.call.path;
    case TimeRole:
        return entry.time;
    }
    return {};
}

QHash<int, QByteArray> ApiHistory::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(MethodRole, "method");
    names.insert(PathRole, "path");
    names.insert(TimeRole, "time");
    return names;
}

} // namespace zc
