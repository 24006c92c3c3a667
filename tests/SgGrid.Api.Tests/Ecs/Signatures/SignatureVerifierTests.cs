using SgGrid.Api.Ecs.Signatures;
using SgGrid.Domain.Errors;

namespace SgGrid.Api.Tests.Ecs.Signatures;

public class SignatureVerifierTests
{
    private readonly SignatureVerifier verifier = new(WorkedExample.Secrets);

    [Fact]
    public void Verify_AuthorizationHeader_UsesAcs3()
    {
        Assert.True(verifier.Verify(WorkedExample.Request()).IsValid);
    }

    [Fact]
    public void Verify_QuerySignature_UsesV1()
    {
        const string query =
            "AccessKeyId=testid&Action=DescribeRegions&Format=XML&SignatureMethod=HMAC-SHA1&SignatureNonce=3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf"
            + "&SignatureVersion=1.0&Timestamp=2016-02-23T12%3A46%3A24Z&Version=2014-05-26&Signature=OLeaidS1JvxuMvnyHOwuJ%2BuX5qY%3D";

        Assert.True(verifier.Verify(new SignedRequest("GET", "/", QueryStringParser.Parse(query), [])).IsValid);
    }

    [Fact]
    public void Verify_NeitherScheme_IncompleteSignature()
    {
        var request = new SignedRequest("POST", "/", [new("RegionId", "cn-hangzhou")], [new("host", "h")]);

        Assert.Equal(EcsErrorCodes.IncompleteSignature, verifier.Verify(request).Error?.Code);
    }
}
