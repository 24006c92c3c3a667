using SgGrid.Domain.Errors;

namespace SgGrid.Grains.Errors;

/// <summary>The expected failures of the rule-health analysis.</summary>
public static class HealthErrors
{
    public static EcsError TooComplex(string detail) =>
        new(EcsErrorCodes.HealthTooComplex,
            $"The exact rule analysis is too complex for this policy ({detail}); analyze one ENI (NetworkInterfaceId) or split the group's rules.");
}
