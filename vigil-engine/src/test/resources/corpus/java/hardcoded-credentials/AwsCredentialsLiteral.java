// vigil-expect: vulnerable cwe=798
// case: AWS access key pair passed as literals to BasicAWSCredentials
package corpus.creds;

import com.amazonaws.auth.AWSStaticCredentialsProvider;
import com.amazonaws.auth.BasicAWSCredentials;
import com.amazonaws.services.s3.AmazonS3;
import com.amazonaws.services.s3.AmazonS3ClientBuilder;

public class AwsCredentialsLiteral {
  public AmazonS3 client() {
    BasicAWSCredentials credentials =
        new BasicAWSCredentials("AKIA2E0A8F3B244C9986", "7CE556A3BC234CC1FF9E8A5C324C0BB70AA21B6D");
    return AmazonS3ClientBuilder.standard()
        .withRegion("eu-west-1")
        .withCredentials(new AWSStaticCredentialsProvider(credentials))
        .build();
  }
}
