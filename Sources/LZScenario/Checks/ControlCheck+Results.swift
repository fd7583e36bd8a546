import Foundation
import LZReport

extension ControlCheck {
    /// The testcase of one resource's status, with severity, waiver and advisory applied as for
    /// every other check.
    func result(_ control: Control, resource: String?, _ status: ControlStatus, identifier: String?) -> CaseResult {
        guard declaration.expected == .nonCompliant else {
            return plainResult(control, resource: resource, status, identifier: identifier)
        }
        // A negative fixture: the control must find it non-compliant, and passes when it does.
        switch status {
        case .nonCompliant(let reason):
            var result = plainResult(control, resource: resource, .compliant(reason), identifier: identifier)
            result.systemOut = "\(control.id) NON_COMPLIANT, as the check expects: \(reason)"
            return result
        case .compliant(let reason):
            return plainResult(
                control, resource: resource,
                .nonCompliant("expected NON_COMPLIANT, but the control found it compliant: \(reason)"),
                identifier: identifier)
        case .notApplicable, .error:
            return plainResult(control, resource: resource, status, identifier: identifier)
        }
    }

    /// The testcase of a status as the control reports it.
    private func plainResult(_ control: Control, resource: String?, _ status: ControlStatus, identifier: String?)
        -> CaseResult
    {
        let location = ReportLocation(path: check.location.file, line: check.location.line)
        let name =
            (declaration.framework == nil ? check.name : "\(check.id.text) \(control.id) \(control.title)")
            + (resource.map { " [\($0)]" } ?? "")
        var result = CaseResult(name: name, location: location, properties: properties(control, resource))
        let severity = declaration.severity?.rawValue ?? control.severity.rawValue
        switch status {
        case .compliant(let reason):
            result.outcome = .passed
            result.systemOut = "\(control.id) COMPLIANT: \(reason)"
        case .notApplicable(let reason):
            result.outcome = .skipped(Skip(.notApplicable, reason))
        case .error(let message):
            result.outcome = .errored(
                Problem(
                    .simulatorError, message: "\(control.id) could not be evaluated: \(message)",
                    details: ["scenario: \(file):\(check.location.line)"]
                        + (resource.map { ["resource: \($0)"] } ?? []),
                    location: location))
        case .nonCompliant(let reason):
            let details = [
                "scenario: \(file):\(check.location.line)",
                "resource: \(resource ?? "-")\(identifier.map { " (\($0))" } ?? "")",
                "expected: \(control.requirement)", "actual: \(reason)",
                "control: \(control.id) \(control.title) (\(control.mappings.map(\.description).joined(separator: ", ")))",
                "remediation: \(control.remediation)",
            ]
            let problem = Problem(
                .expectationFailed, message: "[\(severity)] \(control.id): \(reason)", details: details,
                location: location)
            result.systemOut = "\(control.id) NON_COMPLIANT: \(reason)"
            result.outcome = check.outcome(failing: problem, summary: reason, info: severity == "info", now: now)
        }
        return result
    }

    /// `lzsim.check`, severity, service, resource, then every framework mapping of the control and
    /// the check's own `controls:`.
    private func properties(_ control: Control, _ resource: String?) -> [ReportProperty] {
        var properties = [
            ReportProperty(PropertyName.check, declaration.framework == nil ? check.id.text : control.id),
            ReportProperty(PropertyName.severity, declaration.severity?.rawValue ?? control.severity.rawValue),
            ReportProperty(PropertyName.service, control.service),
        ]
        if let resource { properties.append(ReportProperty(PropertyName.resource, resource)) }
        return properties + check.trailingProperties(controls: control.mappings.map(\.description) + check.controls)
    }
}
