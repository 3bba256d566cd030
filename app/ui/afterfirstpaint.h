#pragma once

#include <functional>

class QWidget;

namespace SmtpCodes {

// Runs `work` once `window` has painted for the first time: start-up work that the first
// frame does not need (the search field's clear-button icon, the window icon, the first
// detail page) waits until the user already sees the window.
void runAfterFirstPaint(QWidget *window, std::function<void()> work);

} // namespace SmtpCodes
