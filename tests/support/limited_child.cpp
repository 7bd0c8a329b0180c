#include "support/limited_child.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <fstream>
#include <sstream>
#include <thread>

namespace touchline::testing {

namespace {

// Output goes to a file, not a pipe: a child that writes a lot can never block on a full pipe.
std::string outputPath() {
    char name[] = "/tmp/touchline-child-XXXXXX";
    const int fd = ::mkstemp(name);
    if (fd >= 0) ::close(fd);
    return name;
}

void enterChild(const ChildLimits& limits, const std::string& output) {
    const int fd = ::open(output.c_str(), O_WRONLY | O_TRUNC);
    if (fd >= 0) {
        ::dup2(fd, STDOUT_FILENO);
        ::dup2(fd, STDERR_FILENO);
        ::close(fd);
    }
    if (limits.addressSpace > 0 && addressSpaceLimitsWork()) {
        const rlimit limit{limits.addressSpace, limits.addressSpace};
        ::setrlimit(RLIMIT_AS, &limit);
    }
}

ChildOutcome waitFor(pid_t pid, const ChildLimits& limits, const std::string& output) {
    ChildOutcome outcome;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(limits.deadlineSeconds);
    int status = 0;
    rusage usage{};
    while (true) {
        const pid_t done = ::wait4(pid, &status, WNOHANG, &usage);
        if (done == pid) break;
        if (done < 0) return outcome;
        if (std::chrono::steady_clock::now() > deadline) {
            ::kill(pid, SIGKILL);
            ::wait4(pid, &status, 0, &usage);
            outcome.timedOut = true;
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    outcome.peakKilobytes = usage.ru_maxrss;
    if (!outcome.timedOut && WIFEXITED(status)) {
        outcome.exited = true;
        outcome.exitCode = WEXITSTATUS(status);
    } else if (!outcome.timedOut && WIFSIGNALED(status)) {
        outcome.signal = WTERMSIG(status);
    }
    std::ifstream in(output, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    outcome.output = text.str();
    std::remove(output.c_str());
    return outcome;
}

}  // namespace

std::string ChildOutcome::describe() const {
    if (timedOut) return "still running at the deadline";
    if (exited) return "exit " + std::to_string(exitCode);
    return "killed by signal " + std::to_string(signal);
}

bool addressSpaceLimitsWork() {
#if defined(__SANITIZE_ADDRESS__)
    return false;
#else
    return true;
#endif
}

ChildOutcome runProgram(const std::string& program, const std::vector<std::string>& args, const ChildLimits& limits) {
    const std::string output = outputPath();
    std::vector<char*> argv;
    argv.push_back(const_cast<char*>(program.c_str()));
    for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    std::fflush(nullptr);
    const pid_t pid = ::fork();
    if (pid == 0) {
        enterChild(limits, output);
        ::execv(program.c_str(), argv.data());
        ::_exit(127);
    }
    if (pid < 0) return {};
    return waitFor(pid, limits, output);
}

ChildOutcome runForked(const std::function<int()>& work, const ChildLimits& limits) {
    const std::string output = outputPath();
    std::fflush(nullptr);
    const pid_t pid = ::fork();
    if (pid == 0) {
        enterChild(limits, output);
        int code = 0;
        try {
            code = work();
        } catch (const std::exception& e) {
            std::fprintf(stderr, "an exception escaped: %s\n", e.what());
            code = kEscapedException;
        }
        std::fflush(nullptr);
        ::_exit(code);
    }
    if (pid < 0) return {};
    return waitFor(pid, limits, output);
}

}  // namespace touchline::testing
