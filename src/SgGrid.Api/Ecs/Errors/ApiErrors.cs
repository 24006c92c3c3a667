using SgGrid.Domain.Errors;

namespace SgGrid.Api.Ecs.Errors;

/// <summary>The errors the edge itself answers: missing and malformed parameters, unknown actions and regions, DryRun.</summary>
/// <remarks>
/// Parameter errors follow the gateway's spellings: <c>Missing{Name}</c> ("{Name} is mandatory for this action.") and
/// <c>Invalid{Name}.Malformed</c> ("The specified parameter "{Name}" is not valid."), with a reason appended.
/// </remarks>
public static class ApiErrors
{
    public static EcsError Missing(string parameter) =>
        new($"Missing{CodeName(parameter)}", $"{parameter} is mandatory for this action.");

    public static EcsError Malformed(string parameter, string? reason = null) =>
        new($"Invalid{CodeName(parameter)}.Malformed",
            $"The specified parameter \"{parameter}\" is not valid." + (reason is null ? "" : " " + reason));

    public static EcsError ApiNotFound(string? action, string? version) =>
        new(EcsErrorCodes.ApiNotFound,
            $"Specified api is not found, please check your url and method. (Action={action ?? "<none>"}, Version={version ?? "<none>"})");

    public static EcsError RegionNotFound(string regionId) =>
        new(EcsErrorCodes.RegionNotFound, $"The specified RegionId \"{regionId}\" does not exist.");

    /// <summary>An action that has no meaning inside a what-if scenario's staging copy.</summary>
    public static EcsError NotInScenario(string action) =>
        new(EcsErrorCodes.ScenarioRegionUnsupported, $"{action} is not available in a what-if scenario region; call it with the production RegionId.");

    public static EcsError ZoneNotFound(string zoneId) =>
        new(EcsErrorCodes.ZoneNotFound, $"The specified ZoneId \"{zoneId}\" does not exist in the region.");

    public static EcsError DryRun() =>
        new(EcsErrorCodes.DryRunOperation, "Request validation has been passed with DryRun flag set.");

    public static EcsError DryRunSuccess() =>
        new(EcsErrorCodes.DryRunSuccess, "Request validation has been passed with DryRun flag set.");

    public static EcsError IdempotentParameterMismatch() =>
        new(EcsErrorCodes.IdempotentParameterMismatch,
            "The request uses the same client token as a previous, but non-identical request.");

    public static EcsError LastTokenProcessing() =>
        new(EcsErrorCodes.LastTokenProcessing, "The last token request is processing.");

    public static EcsError TooLarge(string what) =>
        new(EcsErrorCodes.RequestTooLarge, $"The request is too large: {what}.");

    public static EcsError UnsupportedHttpMethod(string method) =>
        new(EcsErrorCodes.UnsupportedHttpMethod, $"The HTTP method {method} is not supported; use GET or POST.");

    public static EcsError InternalError() =>
        new(EcsErrorCodes.InternalError, "The request processing has failed due to some unknown error.");

    public static EcsError ServiceUnavailable() =>
        new(EcsErrorCodes.ServiceUnavailable, "The request has failed due to a temporary failure of the server.");

    /// <summary><c>Permissions.1.IpProtocol</c> → <c>Permissions.IpProtocol</c>: codes carry no indexes.</summary>
    private static string CodeName(string parameter)
    {
        var parts = parameter.Split('.');
        return string.Join('.', parts.Where(part => part.Length > 0 && !part.All(char.IsAsciiDigit)));
    }
}
