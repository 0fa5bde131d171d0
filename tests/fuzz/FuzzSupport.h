// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// What every fuzz target shares: the input as Qt bytes, invariant checks that abort (libFuzzer
// then reports the input as a crash and keeps it), and a walk through an item model the way
// views, sorting and filtering use it, under QAbstractItemModelTester.

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>
#include <functional>

class QAbstractItemModel;

namespace zc::fuzz {

// The input without a copy; valid during the call only.
QByteArray bytes(const uint8_t *data, size_t size);

// The input as JSON: an object, an array, or null when it is not JSON at all.
QJsonDocument json(const QByteArray &input);

// The records a product answer holds: the array itself, or the first array member of an
// object (list, records, devices, users...), or the object alone as one record.
QJsonArray records(const QJsonDocument &answer);

// Aborts with the failed condition: an invariant of the code under test does not hold.
[[noreturn]] void fail(const char *condition, const char *file, int line);

// Loads the model (`load`) under QAbstractItemModelTester, which aborts on any inconsistency,
// then asks every index (tree models to any depth) for every role a view or an export asks
// for, the headers too, and sorts by each column both ways and filters through
// RecordFilterProxyModel.
void exercise(QAbstractItemModel *model, const std::function<void()> &load);

// An activation status (ZiaActivation, ZtwActivation) with its answer reader open: it reads
// the given answers, nothing is sent.
template<class Activation> class OpenActivation : public Activation
{
public:
    OpenActivation()
        : Activation(nullptr)
    {}
    using Activation::readState;
};

} // namespace zc::fuzz

#define ZC_FUZZ_CHECK(condition)                                                                   \
    ((condition) ? static_cast<void>(0) : ::zc::fuzz::fail(#condition, __FILE__, __LINE__))
