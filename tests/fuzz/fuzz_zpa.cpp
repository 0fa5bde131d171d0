// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// ZPA's answers into its models: application segments (ports, domains, entities, dates),
// microtenants.
#include "FuzzSupport.h"
#include "zpa/AppSegmentModel.h"
#include "zpa/MicrotenantModel.h"
#include "zpa/ZpaFormat.h"

using namespace Qt::Literals::StringLiterals;
using zc::ZpaFormat;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonArray records = zc::fuzz::records(zc::fuzz::json(zc::fuzz::bytes(data, size)));

    zc::AppSegmentModel segments;
    zc::fuzz::exercise(&segments, [&] { segments.setRecords(records); });
    zc::MicrotenantModel microtenants;
    zc::fuzz::exercise(&microtenants, [&] { microtenants.setMicrotenants(records); });
    ZC_FUZZ_CHECK(microtenants.rowCount() >= 2); // "All" and "Default" always

    for (const QJsonValue &value : records) {
        const QJsonObject segment = value.toObject();
        for (auto protocol : {ZpaFormat::Protocol::Tcp, ZpaFormat::Protocol::Udp}) {
            ZpaFormat::portRanges(segment, protocol);
            ZpaFormat::firstPort(segment, protocol);
        }
        ZpaFormat::decodeEntities(segment.value("description"_L1).toString());
        ZpaFormat::localDate(ZpaFormat::modifiedTime(segment));
        ZpaFormat::epochSeconds(segment.value("creationTime"_L1));
        ZpaFormat::microtenantName(segment);
        ZpaFormat::segmentCoversDomain(segment, u"www.example.com"_s);
        for (const QJsonValue &domain : segment.value("domainNames"_L1).toArray()) {
            ZpaFormat::normalizedDomain(domain.toString());
            ZpaFormat::domainMatches(domain.toString(), u"*.example.com"_s);
        }
    }
    return 0;
}
