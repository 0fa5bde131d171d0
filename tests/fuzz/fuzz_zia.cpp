// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// ZIA's answers into its models: URL lookup results (table and category summary), category
// names, and the activation status.
#include "FuzzSupport.h"
#include "zia/UrlCategoryNames.h"
#include "zia/UrlCategorySummaryModel.h"
#include "zia/UrlLookupResultModel.h"
#include "zia/ZiaActivation.h"

using namespace Qt::Literals::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument answer = zc::fuzz::json(zc::fuzz::bytes(data, size));
    const QJsonArray results = zc::fuzz::records(answer);

    zc::UrlLookupResultModel lookup;
    zc::fuzz::exercise(&lookup, [&] { lookup.setRecords(results); });
    ZC_FUZZ_CHECK(lookup.securityAlertRows() <= lookup.rowCount());
    zc::UrlCategorySummaryModel summary;
    zc::fuzz::exercise(&summary, [&] { summary.setResults(results); });
    for (const QJsonValue &result : results) {
        const QJsonObject item = result.toObject();
        zc::UrlLookupResultModel::hasSecurityAlert(item);
        for (const QString &key :
             {u"urlClassifications"_s, u"urlClassificationsWithSecurityAlert"_s}) {
            zc::UrlCategoryNames::names(item.value(key));
            for (const QString &code : zc::UrlCategoryNames::codes(item.value(key)))
                ZC_FUZZ_CHECK(!zc::UrlCategoryNames::name(code).isEmpty() || code.isEmpty());
        }
    }

    zc::fuzz::OpenActivation<zc::ZiaActivation> activation;
    activation.readState(answer.object());
    return 0;
}
