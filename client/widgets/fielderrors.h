#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

class QLabel;
class QWidget;

namespace mq::client {

// Shows the server's validation messages next to the field they concern: a red border on the
// field and the message in a label under it. Fields are registered by the protocol's field name.
// A field's message goes as soon as the user edits that field: what was wrong is being fixed.
class FieldErrors : public QObject
{
    Q_OBJECT
public:
    explicit FieldErrors(QObject *parent = nullptr);

    // `label` is where the message goes (usually a QLabel placed right under the field).
    void add(const QString &field, QWidget *input, QLabel *label);
    // The input with a new, hidden error label under it, registered under `field`: put the
    // returned box where the input would go. The box separates the input from the label whose
    // buddy it is, so a screen reader would no longer pair them: the input is given that
    // label's text as its accessible name (found now, or when the input is first shown).
    QWidget *wrap(const QString &field, QWidget *input);
    // "Name on &card:" → "Name on card", "用户名(&U)：" → "用户名": a label as a screen reader
    // should say it.
    static QString spokenName(const QString &labelText);
    // Shows the message for that field; returns false when the field is not registered here.
    bool show(const QString &field, const QString &message);
    // Hides every message, or the one of `field`.
    void clear();
    void clear(const QString &field);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Names `input` after the label whose buddy it is; false when there is none (yet).
    static bool nameFromBuddy(QWidget *input);
    // Clears the field's message when its input is edited (the user's edits where the input
    // tells them apart, else any change of its value).
    void watchEdits(QWidget *input);
    Q_SLOT void inputEdited();

    struct Entry
    {
        QPointer<QWidget> input;
        QPointer<QLabel> label;
    };
    QHash<QString, Entry> m_fields;
};

} // namespace mq::client
