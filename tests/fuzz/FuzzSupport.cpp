// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "FuzzSupport.h"

#include "common/RecordFilterProxyModel.h"

#include <QAbstractItemModel>
#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QJsonObject>
#include <QLoggingCategory>

#include <cstdio>
#include <cstdlib>

using namespace Qt::Literals::StringLiterals;

namespace zc::fuzz {

namespace {

// Qt looks up translations and the locale through the application object; one for the whole
// process, as in the programs.
void ensureApplication()
{
    static int argc = 1;
    static char name[] = "zconsole-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = [] {
        // The code's own logging (waits, requests) only slows the runs down.
        QLoggingCategory::setFilterRules(u"zconsole.*=false"_s);
        return QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    }();
    Q_UNUSED(app);
}

void walk(const QAbstractItemModel *model, const QModelIndex &parent, int depth)
{
    if (depth > 64)
        return;
    const int rows = model->rowCount(parent);
    const int columns = model->columnCount(parent);
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < columns; ++column) {
            const QModelIndex index = model->index(row, column, parent);
            ZC_FUZZ_CHECK(index.isValid());
            for (int role = 0; role <= Qt::UserRole + 40; ++role)
                model->data(index, role);
            model->flags(index);
        }
        walk(model, model->index(row, 0, parent), depth + 1);
    }
}

} // namespace

QByteArray bytes(const uint8_t *data, size_t size)
{
    ensureApplication();
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data),
                                   static_cast<qsizetype>(size));
}

QJsonDocument json(const QByteArray &input)
{
    return QJsonDocument::fromJson(input);
}

QJsonArray records(const QJsonDocument &answer)
{
    if (answer.isArray())
        return answer.array();
    const QJsonObject object = answer.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it->isArray())
            return it->toArray();
    }
    return object.isEmpty() ? QJsonArray() : QJsonArray{object};
}

void fail(const char *condition, const char *file, int line)
{
    std::fprintf(stderr, "zconsole fuzz invariant failed: %s (%s:%d)\n", condition, file, line);
    std::abort();
}

void exercise(QAbstractItemModel *model, const std::function<void()> &load)
{
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    load();
    walk(model, {}, 0);
    for (int section = 0; section < model->columnCount(); ++section) {
        for (int role = 0; role <= Qt::UserRole + 10; ++role)
            model->headerData(section, Qt::Horizontal, role);
    }
    RecordFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(model);
    for (int column = 0; column < model->columnCount(); ++column) {
        proxy.sort(column, Qt::AscendingOrder);
        proxy.sort(column, Qt::DescendingOrder);
    }
    proxy.setFilterText(u"a"_s);
    walk(&proxy, {}, 0);
    proxy.setFilterText({});
}

} // namespace zc::fuzz
