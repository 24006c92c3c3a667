using SgGrid.Grains.Abstractions.SecurityGroups;
using SgGrid.Grains.SecurityGroups;

namespace SgGrid.Grains.Tests;

/// <summary>The dependency arrows of style.md: Domain ← Grains.Abstractions ← Grains; contracts never see grain classes.</summary>
public class ArchitectureTests
{
    private static string[] ReferencesOf(Type type) =>
        [.. type.Assembly.GetReferencedAssemblies().Select(a => a.Name ?? "")];

    [Fact]
    public void GrainAbstractions_ReferenceTheDomainButNotTheGrains()
    {
        var references = ReferencesOf(typeof(ISecurityGroupGrain));
        Assert.Contains("SgGrid.Domain", references);
        Assert.DoesNotContain("SgGrid.Grains", references);
        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
    }

    [Fact]
    public void Grains_ReferenceTheAbstractionsAndNoHttp()
    {
        var references = ReferencesOf(typeof(SecurityGroupGrain));
        Assert.Contains("SgGrid.Grains.Abstractions", references);
        Assert.Contains("SgGrid.Domain", references);
        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
    }
}
