// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "UrlLookupResultModel.h"

#include "UrlCategoryNames.h"
#include "ZiaService.h"
#include "common/RecordExporter.h"

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {

// A column of category codes (a lookup result's list members): their names for people, the
// codes as the API sent them for scripts.
RecordColumn categoryColumn(const QString &key, const char *header)
{
    RecordColumn column =
        RecordColumn::computed(key, header, [key](const QJsonObject &o) -> QVariant {
            return UrlCategoryNames::names(o.value(key));
        });
    column.plainValue = [key](const QJsonObject &o) -> QVariant {
        return RecordExporter::valueText(o.value(key));
    };
    return column;
}

} // namespace

QList<RecordColumn> UrlLookupResultModel::lookupColumns()
{
    return {
        RecordColumn::member(u"url"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "URL")),
        categoryColumn(u"urlClassifications"_s,
                       QT_TRANSLATE_NOOP("zc::RecordColumn", "Categories")),
        categoryColumn(u"urlClassificationsWithSecurityAlert"_s,
                       QT_TRANSLATE_NOOP("zc::RecordColumn", "Security alerts")),
        categoryColumn(u"application"_s, QT_TRANSLATE_NOOP("zc::RecordColumn", "Application")),
    };
}

UrlLookupResultModel::UrlLookupResultModel(QObject *parent)
    : RecordTableModel(lookupColumns(), parent)
{
    // Read for every row (the view marks them, the page counts them): kept, not parsed.
    setRoleValues({{HasSecurityAlertRole,
                    [](const QJsonObject &o) { return QVariant(hasSecurityAlert(o)); }}});
}

bool UrlLookupResultModel::hasSecurityAlert(const QJsonObject &result)
{
    return !UrlCategoryNames::codes(result.value("urlClassificationsWithSecurityAlert"_L1))
                .isEmpty();
}

QVariant UrlLookupResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case CategoryCodesRole:
        return UrlCategoryNames::codes(record(index.row()).value("urlClassifications"_L1));
    case SecurityAlertCodesRole:
        return UrlCategoryNames::codes(
            record(index.row()).value("urlClassificationsWithSecurityAlert"_L1));
    default:
        return RecordTableModel::data(index, role);
    }
}

QHash<int, QByteArray> UrlLookupResultModel::roleNames() const
{
    QHash<int, QByteArray> names = RecordTableModel::roleNames();
    names.insert(HasSecurityAlertRole, "hasSecurityAlert");
    names.insert(CategoryCodesRole, "categoryCodes");
    names.insert(SecurityAlertCodesRole, "securityAlertCodes");
    return names;
}

int UrlLookupResultModel::securityAlertRows() const
{
    int count = 0;
    for (int row = 0; row < rowCount(); ++row)
        count += index(row, 0).data(HasSecurityAlertRole).toBool() ? 1 : 0;
    return count;
}

void UrlLookupResultModel::load(UrlLookupJob *job)
{
    connect(job, &UrlLookupJob::progress, this, [this, job](int done, int count) {
        Q_EMIT progress(done, count, static_cast<int>(job->results().size()));
    });
    follow(job, [this](UrlLookupJob *done) {
        setRecords(done->results());
        return static_cast<int>(done->results().size());
    });
}

} // namespace zc
