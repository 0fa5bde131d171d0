// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// The stable keys of enumerators: logs, snapshots, the CLI's JSON and scripts read them, so
// each must stay what it was when it was a hand-written table.
#include "common/EnumKey.h"
#include "net/ApiError.h"
#include "snapshot/SnapshotDiff.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

using zc::ApiError;
using zc::RecordChange;

class TestEnumKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void snakeCase()
    {
        QCOMPARE(zc::snakeCaseKey("None"), u"none"_s);
        QCOMPARE(zc::snakeCaseKey("ProxyAuthentication"), u"proxy_authentication"_s);
        QCOMPARE(zc::snakeCaseKey("Tls"), u"tls"_s);
    }

    void everyApiErrorKindKeepsItsKey()
    {
        const std::pair<ApiError::Kind, QString> keys[] = {
            {ApiError::Kind::None, u"none"_s},
            {ApiError::Kind::Network, u"network"_s},
            {ApiError::Kind::Tls, u"tls"_s},
            {ApiError::Kind::Timeout, u"timeout"_s},
            {ApiError::Kind::Authentication, u"authentication"_s},
            {ApiError::Kind::Forbidden, u"forbidden"_s},
            {ApiError::Kind::ReadOnly, u"read_only"_s},
            {ApiError::Kind::NotFound, u"not_found"_s},
            {ApiError::Kind::EditLock, u"edit_lock"_s},
            {ApiError::Kind::RateLimited, u"rate_limited"_s},
            {ApiError::Kind::Server, u"server"_s},
            {ApiError::Kind::BadResponse, u"bad_response"_s},
            {ApiError::Kind::Cancelled, u"cancelled"_s},
            {ApiError::Kind::InvalidInput, u"invalid_input"_s},
            {ApiError::Kind::EndlessPaging, u"endless_paging"_s},
            {ApiError::Kind::ProxyAuthentication, u"proxy_authentication"_s},
        };
        QCOMPARE(int(std::size(keys)), QMetaEnum::fromType<ApiError::Kind>().keyCount());
        for (const auto &[kind, key] : keys)
            QCOMPARE(ApiError::kindKey(kind), key);
        QCOMPARE(ApiError::kindKey(ApiError::Kind(999)), u"unknown"_s);
    }

    void recordChangeKinds()
    {
        QCOMPARE(RecordChange::kindKey(RecordChange::Kind::Added), u"added"_s);
        QCOMPARE(RecordChange::kindKey(RecordChange::Kind::Removed), u"removed"_s);
        QCOMPARE(RecordChange::kindKey(RecordChange::Kind::Changed), u"changed"_s);
    }
};

QTEST_GUILESS_MAIN(TestEnumKey)
#include "tst_enumkey.moc"
