#pragma once

#include "Area.h"

#include <QWidget>

class QLabel;

namespace zc {

// Stands in for an area's view until it is built: names the area, the product it talks to,
// what it will hold and when it arrives.
class PlaceholderPage : public QWidget
{
    Q_OBJECT
public:
    explicit PlaceholderPage(Area area, QWidget *parent = nullptr);

    Area area() const { return m_area; }
    // Everything the page says, for tests.
    QString text() const;

private:
    Area m_area;
    QLabel *m_title;
    QLabel *m_product;
    QLabel *m_description;
    QLabel *m_arrival;
};

} // namespace zc
