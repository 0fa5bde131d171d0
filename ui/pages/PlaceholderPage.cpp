#include "PlaceholderPage.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace zc {

PlaceholderPage::PlaceholderPage(Area area, QWidget *parent)
    : QWidget(parent)
    , m_area(area)
    , m_title(new QLabel(areaTitle(area), this))
    , m_product(new QLabel(tr("Talks to %1").arg(productName(areaProduct(area))), this))
    , m_description(new QLabel(areaDescription(area), this))
    , m_arrival(new QLabel(areaArrival(area), this))
{
    setObjectName(u"page-"_s + areaKey(area));

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_product->setForegroundRole(QPalette::PlaceholderText);
    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_arrival->setWordWrap(true);
    m_arrival->setFrameShape(QFrame::StyledPanel);
    m_arrival->setMargin(10);
    m_arrival->setAutoFillBackground(true);
    m_arrival->setBackgroundRole(QPalette::AlternateBase);

    auto *column = new QVBoxLayout;
    column->setSpacing(12);
    column->addWidget(m_title);
    column->addWidget(m_product);
    column->addSpacing(4);
    column->addWidget(m_description);
    column->addWidget(m_arrival);
    column->addStretch(1);

    auto *content = new QWidget(this);
    content->setLayout(column);
    content->setMaximumWidth(640);

    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(32, 28, 32, 28);
    outer->addWidget(content, 1);
    outer->addStretch(0);
}

QString PlaceholderPage::text() const
{
    return QStringList{m_title->text(), m_product->text(), m_description->text(), m_arrival->text()}
        .join(u'\n');
}

} // namespace zc
